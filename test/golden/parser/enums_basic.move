module 0x42::enums_basic {
    /// Unit-only variants.
    public enum Color has copy, drop, store {
        Red,
        Green,
        Blue,
    }

    /// Positional, named and unit variants mixed.
    public enum Shape has copy, drop {
        Circle(u64),
        Rect { w: u64, h: u64 },
        Triangle(u64, u64, u64),
        Empty,
    }

    /// Trailing comma omitted, single line.
    public enum Direction has copy, drop { North, East, South, West }

    public fun red(): Color { Color::Red }

    public fun circle(r: u64): Shape { Shape::Circle(r) }

    public fun rect(w: u64, h: u64): Shape { Shape::Rect { w, h } }

    public fun is_red(c: &Color): bool {
        match (c) {
            Color::Red => true,
            _ => false,
        }
    }

    public fun area(s: &Shape): u64 {
        match (s) {
            Shape::Circle(r) => 3 * *r * *r,
            Shape::Rect { w, h } => *w * *h,
            Shape::Triangle(a, b, _) => *a * *b / 2,
            Shape::Empty => 0,
        }
    }

    public fun turn_right(d: Direction): Direction {
        match (d) {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        }
    }

    public fun to_byte(c: Color): u8 {
        match (c) {
            Color::Red => 0,
            Color::Green => 1,
            Color::Blue => 2,
        }
    }
}
