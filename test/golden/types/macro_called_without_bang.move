// Error: 'v.do_ref(...)' in 'sum' calls the macro function 'vector::do_ref' without '!'; macros must be invoked as 'do_ref!'
module 0x42::macro_called_without_bang {
    public fun sum(v: &vector<u64>): u64 {
        let mut s = 0;
        v.do_ref(|x| s = s + *x);
        s
    }
}
