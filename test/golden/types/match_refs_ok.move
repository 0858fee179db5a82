// Valid: match through a reference binds references.
module test::m {
    public enum Shape has drop { Circle(u64), Square { side: u64 } }
    public fun size(s: &Shape): u64 {
        match (s) {
            Shape::Circle(r) => *r,
            Shape::Square { side } => *side * *side,
        }
    }
}
