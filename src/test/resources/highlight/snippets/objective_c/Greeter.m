#import <Foundation/Foundation.h>
#import "Greeter.h"

// A greeter class
@interface Greeter : NSObject
@property (nonatomic, copy) NSString *name;
- (instancetype)initWithName:(NSString *)name;
+ (void)sayHello;
@end

@implementation Greeter

- (instancetype)initWithName:(NSString *)name {
    self = [super init];
    if (self) {
        _name = [name copy];
    }
    return self;
}

+ (void)sayHello {
    NSLog(@"Hello, %@!", @"world");
}

- (NSDictionary *)info:(int)count withFlag:(BOOL)flag {
    NSArray *items = @[@1, @2.5, @0x1F, @'c'];
    /* block comment */
    BOOL ok = flag ? YES : NO;
    for (id item in items) {
        [self doSomething:item with:nil];
    }
    @autoreleasepool {
        @try { [NSException raise:@"E" format:@"%d", count]; }
        @catch (NSException *e) { return nil; }
    }
    return @{@"count": @(count), @"ok": @(ok)};
}

@end

@class Foo, Bar;
@protocol Baz;
int main(int argc, const char *argv[]) {
    Greeter *g = [[Greeter alloc] initWithName:@"Ann"];
    [Greeter sayHello];
    return 0;
}
