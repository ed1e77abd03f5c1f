//! A small Zig program
const std = @import("std");
const Allocator = std.mem.Allocator;

/// A 2D point.
const Point = struct {
    x: f32,
    y: f32,

    pub fn length(self: Point) f32 {
        return @sqrt(self.x * self.x + self.y * self.y);
    }
};

pub fn main() !void {
    const stdout = std.io.getStdOut().writer();
    var list = std.ArrayList(u8).init(std.heap.page_allocator);
    defer list.deinit();
    const p = Point{ .x = 3.0, .y = 4.0 };
    try stdout.print("length: {d}\n", .{p.length()});
    var i: usize = 0x10;
    while (i > 0) : (i -= 1) {
        if (i % 2 == 0) continue;
    }
    const c = 'z';
    const s =
        \\multi-line
        \\string
    ;
    _ = c;
    _ = s;
    errdefer unreachable;
}
