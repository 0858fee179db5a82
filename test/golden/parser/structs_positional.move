module 0x42::structs_positional {
    public struct Pair(u64, bool) has copy, drop;

    public struct Meters(u64) has copy, drop, store;

    public struct Wrapper<T>(T) has copy, drop;

    public struct Triple<A, B, C>(A, B, C) has drop;

    public struct Id(address) has copy, drop, store;

    public fun pair(n: u64): Pair { Pair(n, n % 2 == 0) }

    public fun first(p: &Pair): u64 { p.0 }

    public fun second(p: &Pair): bool { p.1 }

    public fun add(a: Meters, b: Meters): Meters {
        let Meters(x) = a;
        let Meters(y) = b;
        Meters(x + y)
    }

    public fun unwrap<T>(w: Wrapper<T>): T {
        let Wrapper(inner) = w;
        inner
    }

    public fun triple(): Triple<u8, Pair, vector<u8>> {
        Triple(1u8, pair(4), b"x")
    }

    public fun last(t: Triple<u8, Pair, vector<u8>>): vector<u8> {
        let Triple(_, _, v) = t;
        v
    }

    public fun bump(p: &mut Pair) {
        p.0 = p.0 + 1;
        *&mut p.1 = !p.1;
    }

    public fun nested(w: &Wrapper<Pair>): u64 { (w.0).0 + w.0.0 }

    public fun id_of(a: address): Id { Id(a) }
}
