// Valid: vector macros of the standard library with lambdas: do!, do_ref!, do_mut!, map!, filter!, fold!, any!, all!
module 0x42::vector_macros {
    public fun sum(v: &vector<u64>): u64 {
        let mut total = 0;
        v.do_ref!(|x| total = total + *x);
        total
    }

    public fun doubled(v: vector<u64>): vector<u64> { v.map!(|x| x * 2) }

    public fun evens(v: vector<u64>): vector<u64> {
        v.filter!(|x| *x % 2 == 0)
    }

    public fun product(v: vector<u64>): u64 {
        v.fold!(1, |acc, x| acc * x)
    }

    public fun has_zero(v: &vector<u64>): bool {
        v.any!(|x| *x == 0)
    }

    public fun all_small(v: &vector<u64>): bool {
        v.all!(|x| *x < 100)
    }

    public fun bump_all(v: &mut vector<u64>) {
        v.do_mut!(|x| *x = *x + 1);
    }

    public fun consume(v: vector<u64>): u64 {
        let mut n = 0;
        v.do!(|x| n = n + x);
        n
    }
}
