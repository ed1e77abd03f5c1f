#include <vector>
#import <Foundation/Foundation.h>

namespace util {
template <typename T>
class Box { public: T value; };
}

@interface Bridge : NSObject
- (void)run:(std::vector<int> &)values;
@end

@implementation Bridge
- (void)run:(std::vector<int> &)values {
    auto total = 0;
    for (auto v : values) { total += v; }
    NSLog(@"total %d %@", total, [self class]);
    SEL s = @selector(class);
    std::string raw = R"(raw "string")";
}
@end
