// Error: the macro call 'v.do_ref!(...)' in 'sum' (macros and lambdas) is a Move 2024 feature, used in a legacy-edition package
// Edition: legacy
module 0x42::macro_in_legacy {
    use std::vector;

    public fun sum(v: &vector<u64>): u64 {
        let s = 0;
        vector::do_ref!(v, |x| s = s + *x);
        s
    }
}
