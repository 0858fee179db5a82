/// Pattern forms accepted by `match`: wildcard, literals, variants, rests, or-patterns.
module 0x42::match_patterns_basic {
    public enum Shape has copy, drop {
        Circle(u64),
        Rect { w: u64, h: u64 },
        Poly(u64, u64, u64),
        Dot,
    }

    public fun wildcard(s: Shape): u64 {
        match (s) {
            _ => 1,
        }
    }

    public fun int_literals(n: u64): u64 {
        match (n) {
            0 => 100,
            1 | 2 | 3 => 200,
            0xFF => 255,
            x if (x > 1000) => x / 10,
            x if (x % 2 == 0 && x > 5) => x,
            _ => 0,
        }
    }

    public fun typed_literals(b: u8): bool {
        match (b) {
            0u8 => false,
            255u8 => true,
            _ => b > 128,
        }
    }

    public fun bool_literals(flag: bool): u8 {
        match (flag) {
            true => 1,
            false => 0,
        }
    }

    public fun variants(s: &Shape): u64 {
        match (s) {
            Shape::Dot => 0,
            Shape::Circle(r) => *r,
            Shape::Rect { w, h: height } => *w + *height,
            Shape::Poly(a, _, c) => *a + *c,
        }
    }

    public fun rests(s: Shape): u64 {
        match (s) {
            Shape::Circle(..) => 1,
            Shape::Rect { w, .. } => w,
            Shape::Poly(first, ..) => first,
            Shape::Dot => 0,
        }
    }

    public fun rest_in_middle(s: Shape): u64 {
        match (s) {
            Shape::Poly(a, .., z) => a + z,
            Shape::Rect { .. } => 2,
            _ => 3,
        }
    }

    public fun or_patterns(s: Shape): bool {
        match (s) {
            Shape::Dot | Shape::Circle(0) => true,
            Shape::Rect { w: 0, .. } | Shape::Rect { h: 0, .. } => true,
            _ => false,
        }
    }
}
