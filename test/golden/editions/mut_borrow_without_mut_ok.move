// Valid: legacy Move allows '&mut total' of a local declared with a plain 'let'
// Edition: legacy
module 0x42::mut_borrow_without_mut_ok {
    public fun add_into(acc: &mut u64, x: u64) { *acc = *acc + x }

    public fun accumulate(a: u64, b: u64): u64 {
        let total = 0;
        add_into(&mut total, a);
        add_into(&mut total, b);
        total
    }
}
