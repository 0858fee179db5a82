// Valid: option macros (destroy_or!, map!, do!, is_some_and!) and vector::tabulate!
module 0x42::option_macros {
    public fun or_zero(o: Option<u64>): u64 {
        o.destroy_or!(0)
    }

    public fun doubled(o: Option<u64>): Option<u64> {
        o.map!(|x| x * 2)
    }

    public fun add_if_some(o: Option<u64>, base: u64): u64 {
        let mut total = base;
        o.do!(|x| total = total + x);
        total
    }

    public fun is_big(o: &Option<u64>): bool {
        o.is_some_and!(|x| *x > 1000)
    }

    public fun squares(n: u64): vector<u64> {
        vector::tabulate!(n, |i| i * i)
    }

    public fun first_even(v: &vector<u64>): Option<u64> {
        v.find_index!(|x| *x % 2 == 0).map!(|i| v[i])
    }
}
