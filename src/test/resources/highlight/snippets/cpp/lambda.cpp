#include <algorithm>
using namespace std::chrono_literals;

int count_even(const std::vector<int>& v) {
    return std::count_if(v.begin(), v.end(), [](int n) { return n % 2 == 0; });
}

enum class Color : uint8_t { Red, Green };

void wait() {
    auto d = 150ms;
    switch (Color c = Color::Red) {
    case Color::Red: break;
    default: break;
    }
    static_assert(sizeof(int) >= 4, "int too small");
    throw std::runtime_error("boom");
}
