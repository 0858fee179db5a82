// Error: the lambda '|x| x + 1' in 'make_incr' is bound to a local; lambdas may only appear as arguments of macro calls
module 0x42::lambda_outside_macro {
    public fun make_incr(v: vector<u64>): vector<u64> {
        let incr = |x: u64| x + 1;
        v.map!(incr)
    }
}
