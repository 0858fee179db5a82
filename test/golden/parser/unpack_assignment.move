module 0x42::unpack_assignment {
    public struct Point has copy, drop { x: u64, y: u64 }

    public struct Wrapped(u64, bool) has copy, drop;

    public fun assign_named(p: Point): u64 {
        let a;
        let b;
        Point { x: a, y: b } = p;
        a + b
    }

    public fun assign_shorthand(p: Point): u64 {
        let mut x = 0;
        let mut y = 0;
        Point { x, y } = p;
        x * y
    }

    public fun assign_positional(w: Wrapped): bool {
        let mut n = 0;
        let mut flag = false;
        Wrapped(n, flag) = w;
        flag && n > 0
    }

    public fun assign_tuple(): (u64, u64) {
        let mut a = 1;
        let mut b = 2;
        (a, b) = (b, a);
        (a, b)
    }

    public fun assign_tuple_with_wildcard(): u64 {
        let mut a = 0;
        (a, _) = (10, 20);
        a
    }

    public fun assign_nested(p: Point, w: Wrapped): u64 {
        let mut x = 0;
        let mut y = 0;
        let mut n = 0;
        (Point { x, y }, Wrapped(n, _)) = (p, w);
        x + y + n
    }

    public fun discard(p: Point) {
        _ = p;
    }
}
