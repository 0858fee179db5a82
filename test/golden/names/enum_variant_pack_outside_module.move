// Error: variant 'shapes::Shape::Circle' is constructed in module 0x42::canvas (in 'unit_circle'); enum variants can only be packed inside the defining module
module 0x42::shapes {
    public enum Shape has copy, drop {
        Circle(u64),
        Square(u64),
    }

    public fun circle(r: u64): Shape { Shape::Circle(r) }

    public fun square(side: u64): Shape { Shape::Square(side) }

    public fun size(s: &Shape): u64 {
        match (s) {
            Shape::Circle(r) => *r,
            Shape::Square(side) => *side,
        }
    }
}

module 0x42::canvas {
    use 0x42::shapes::Shape;

    public fun unit_circle(): Shape {
        Shape::Circle(1)
    }
}
