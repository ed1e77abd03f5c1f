/// A shape with an area.
pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str { "shape" }
}

struct Circle { r: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
}

fn largest<'a, T: Shape + ?Sized>(items: &'a [Box<T>]) -> Option<&'a Box<T>> {
    items.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

// numbers: 1_000u32 0xffi64 2.5e3f64 b'a' '\n'
const LIMIT: usize = 1_000;
