#include <memory>
#include <string>

struct Widget {
    virtual ~Widget() = default;
    virtual std::string name() const = 0;
};

class Button final : public Widget {
public:
    explicit Button(std::string label) : label_(std::move(label)) {}
    std::string name() const override { return "button:" + label_; }
private:
    std::string label_;
};

auto make() {
    auto w = std::make_unique<Button>(R"(raw "string")");
    long long big = 1'000'000LL;
    bool ok = w != nullptr && big > 0x1'00;
    return ok ? std::move(w) : nullptr;
}
