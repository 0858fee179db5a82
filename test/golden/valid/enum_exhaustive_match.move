// Valid: an enum with named, unit and guarded variants; exhaustive 'match' on references with or-patterns and a guard
module 0x42::enum_exhaustive_match {
    public enum Shape has copy, drop {
        Circle { radius: u64 },
        Rect { w: u64, h: u64 },
        Point,
    }

    public fun circle(radius: u64): Shape { Shape::Circle { radius } }

    public fun rect(w: u64, h: u64): Shape { Shape::Rect { w, h } }

    public fun point(): Shape { Shape::Point }

    public fun area(s: &Shape): u64 {
        match (s) {
            Shape::Circle { radius } => 3 * *radius * *radius,
            Shape::Rect { w, h } => *w * *h,
            Shape::Point => 0,
        }
    }

    public fun is_square(s: &Shape): bool {
        match (s) {
            Shape::Rect { w, h } if (*w == *h) => true,
            Shape::Rect { .. } | Shape::Circle { .. } | Shape::Point => false,
        }
    }
}
