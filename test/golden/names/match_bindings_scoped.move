// Valid: enum variants in patterns and expressions, bindings scoped to their arm.
module test::m {
    public enum Shape has copy, drop { Circle(u64), Rect { w: u64, h: u64 }, Empty }
    public fun area(s: Shape): u64 {
        match (s) {
            Shape::Circle(r) => 3 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Empty => 0,
        }
    }
    public fun unit(): Shape { Shape::Rect { w: 1, h: 1 } }
}
