/// Pattern forms accepted by `match`: nested, at-patterns, `mut` bindings, guards,
/// matching through references.
module 0x42::match_patterns_nested {
    public enum Shape has copy, drop {
        Circle(u64),
        Rect { w: u64, h: u64 },
        Poly(u64, u64, u64),
        Dot,
    }

    public enum Opt<T> has copy, drop {
        None,
        Some(T),
    }

    public enum Layer has copy, drop {
        Single(Shape),
        Pair { top: Shape, bottom: Opt<Shape> },
    }

    public fun nested(l: Layer): u64 {
        match (l) {
            Layer::Single(Shape::Circle(r)) => r,
            Layer::Single(Shape::Rect { w, h }) => w * h,
            Layer::Single(_) => 0,
            Layer::Pair { top: Shape::Dot, bottom: Opt::None } => 1,
            Layer::Pair { top: _, bottom: Opt::Some(Shape::Circle(r)) } => r,
            Layer::Pair { .. } => 2,
        }
    }

    public fun at_patterns(o: Opt<u64>): Opt<u64> {
        match (o) {
            whole @ Opt::Some(_) => whole,
            Opt::None => Opt::Some(0),
        }
    }

    public fun at_with_literal(n: u64): u64 {
        match (n) {
            small @ 1 => small * 10,
            two @ 2 | two @ 3 => two * 100,
            grouped @ (4 | 5 | 6) => grouped + 1,
            big @ _ => big,
        }
    }

    public fun mut_bindings(s: Shape): u64 {
        match (s) {
            Shape::Circle(mut r) => {
                r = r * 2;
                r
            },
            Shape::Rect { mut w, h } => {
                w = w + h;
                w
            },
            mut other => {
                other = Shape::Dot;
                if (other == Shape::Dot) 0 else 1
            },
        }
    }

    public fun guards(s: &Shape, limit: u64): bool {
        match (s) {
            Shape::Circle(r) if (*r > limit) => true,
            Shape::Rect { w, h } if (*w * *h > limit) => true,
            _ => false,
        }
    }

    public fun on_mut_ref(s: &mut Shape) {
        match (s) {
            Shape::Circle(r) => *r = *r + 1,
            Shape::Rect { w, .. } => *w = 0,
            _ => (),
        }
    }
}
