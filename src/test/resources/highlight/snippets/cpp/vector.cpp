#include <iostream>
#include <vector>

namespace geo {

template <typename T>
class Vec2 {
public:
    constexpr Vec2(T x, T y) noexcept : x_(x), y_(y) {}
    T dot(const Vec2& o) const { return x_ * o.x_ + y_ * o.y_; }
    auto operator<=>(const Vec2&) const = default;
private:
    T x_, y_;
};

}  // namespace geo

int main() {
    std::vector<geo::Vec2<double>> points{{1.0, 2.0}, {3.5, -1.25}};
    for (const auto& p : points) {
        std::cout << p.dot(points[0]) << '\n';
    }
    return 0;
}
