// Error: 'let b = &mut total;' in 'double_borrow' borrows 'total' mutably while the earlier '&mut total' held in 'a' is still used later
module 0x42::two_mut_borrows_same_local {
    public fun double_borrow(): u64 {
        let mut total = 0;
        let a = &mut total;
        let b = &mut total;
        *b = 2;
        *a = 1;
        total
    }
}
