module 0x42::structs_named {
    use std::string::String;

    /// A struct with named fields and all four abilities but key.
    public struct Point has copy, drop, store {
        x: u64,
        y: u64,
    }

    public struct Segment has copy, drop {
        from: Point,
        to: Point,
    }

    /// Fields can be read only inside this module, even though the type is public.
    public struct Internal has drop { secret: u8 }

    public struct Person has drop {
        name: String,
        age: u8,
        friends: vector<address>,
    }

    public struct NoTrailingComma has drop { a: u8, b: bool }

    public fun origin(): Point { Point { x: 0, y: 0 } }

    public fun segment(x: u64, y: u64): Segment {
        let to = Point { y, x };
        Segment { from: origin(), to }
    }

    public fun length_sq(s: &Segment): u64 {
        let dx = s.to.x - s.from.x;
        let dy = s.to.y - s.from.y;
        dx * dx + dy * dy
    }

    fun internal(): u8 {
        let i = Internal { secret: 7 };
        i.secret
    }

    public fun person(name: String): Person {
        Person { name, age: internal(), friends: vector[] }
    }
}
