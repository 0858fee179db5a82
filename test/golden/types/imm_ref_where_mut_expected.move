// Error: 'bump(&n)' in 'run' passes '&u64' where 'bump' expects '&mut u64'; an immutable reference is not a subtype of a mutable one
module 0x42::imm_ref_where_mut_expected {
    public fun bump(x: &mut u64) { *x = *x + 1 }

    public fun run(): u64 {
        let mut n = 1;
        bump(&n);
        n
    }
}
