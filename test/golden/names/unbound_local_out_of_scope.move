// Error: unbound local 'doubled' in 'compute': it was declared inside the inner block and is out of scope after it
module 0x42::unbound_local_out_of_scope {
    public fun compute(x: u64): u64 {
        let y = {
            let doubled = x * 2;
            doubled + 1
        };
        y + doubled
    }
}
