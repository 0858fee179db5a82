/// `<` and `>` as comparisons (with spaces) next to `<` `>` as type-argument brackets
/// (name directly followed by `<`).
module 0x42::comparisons_vs_generics {
    public struct Wrap<T> has copy, drop { v: T }

    public fun f<T>(x: T): T { x }

    public fun compare(a: u64, b: u64, c: u64): bool {
        a < b && b > c
    }

    public fun compare_chain_parens(a: u64, b: u64, c: u64, d: u64): bool {
        (a < b) && (c > d) || (a <= c) && (b >= d)
    }

    public fun less_then_call(a: u64, b: u64): bool {
        a < f<u64>(b)
    }

    public fun generic_then_compare(a: u64, b: u64): bool {
        f<u64>(a) > b
    }

    public fun shifts_vs_generics(a: u64): u64 {
        let w = Wrap<Wrap<u64>> { v: Wrap<u64> { v: a } };
        (w.v.v << 2) >> 1
    }

    public fun double_closing(): vector<vector<u64>> {
        let v: vector<vector<u64>> = vector<vector<u64>>[];
        v
    }

    public fun triple_closing(): Wrap<Wrap<Wrap<u8>>> {
        f<Wrap<Wrap<Wrap<u8>>>>(Wrap { v: Wrap { v: Wrap { v: 1 } } })
    }

    public fun compare_fields(x: &Wrap<u64>, y: &Wrap<u64>): bool {
        x.v < y.v && y.v > 0
    }

    public fun compare_casts(a: u8, b: u64): bool {
        (a as u64) < b && b > (a as u64)
    }

    public fun compare_with_literal_and_call(v: &vector<u64>): bool {
        v.length() < 10 && 0 < v.length()
    }
}
