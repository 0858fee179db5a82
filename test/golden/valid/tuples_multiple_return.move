// Valid: functions returning tuples, destructuring with 'let (a, b)', 'let (mut a, b)', '_' in tuple patterns, and tuple assignment
module 0x42::tuples_multiple_return {
    public fun div_mod(a: u64, b: u64): (u64, u64) {
        (a / b, a % b)
    }

    public fun min_max(a: u64, b: u64): (u64, u64) {
        if (a < b) (a, b) else (b, a)
    }

    public fun describe(a: u64, b: u64): (u64, bool) {
        let (q, r) = div_mod(a, b);
        let (mut lo, hi) = min_max(q, r);
        lo = lo + 1;
        (lo + hi, r == 0)
    }

    public fun quotient(a: u64, b: u64): u64 {
        let (q, _) = div_mod(a, b);
        q
    }

    public fun sorted3(a: u64, b: u64, c: u64): (u64, u64, u64) {
        let (mut x, mut y) = min_max(a, b);
        let (middle, z) = min_max(y, c);
        (x, y) = min_max(x, middle);
        (x, y, z)
    }
}
