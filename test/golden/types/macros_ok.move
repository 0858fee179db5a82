// Valid: stdlib macros with lambdas.
module test::m {
    public fun sum(v: vector<u64>): u64 {
        let mut total = 0;
        v.do_ref!(|x| total = total + *x);
        let doubled = v.map!(|x| x * 2);
        total + doubled.fold!(0, |acc, x| acc + x)
    }
}
