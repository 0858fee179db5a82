// Error: 'limit = 0;' in 'reset' assigns to 'limit' while the reference 'view' to it is still used afterwards
module 0x42::assign_local_while_borrowed {
    public fun reset(start: u64): u64 {
        let mut limit = start;
        let view = &limit;
        limit = 0;
        *view + limit
    }
}
