// Valid: positional structs: pack 'P(a, b)', field access '.0' / '.1', positional unpack in 'let', and a positional wrapper type
module 0x42::positional_structs {
    public struct Rgb(u8, u8, u8) has copy, drop, store;

    public struct Meters(u64) has copy, drop;

    public fun grey(level: u8): Rgb {
        Rgb(level, level, level)
    }

    public fun brightness(c: &Rgb): u64 {
        ((c.0 as u64) + (c.1 as u64) + (c.2 as u64)) / 3
    }

    public fun invert(c: Rgb): Rgb {
        let Rgb(r, g, b) = c;
        Rgb(255 - r, 255 - g, 255 - b)
    }

    public fun add(a: Meters, b: Meters): Meters {
        Meters(a.0 + b.0)
    }

    public fun value(m: &Meters): u64 {
        m.0
    }
}
