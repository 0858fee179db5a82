// Error: 'let w = &mut counter;' in 'race' borrows 'counter' mutably while the immutable borrow 'r' is still used afterwards ('*r')
module 0x42::mut_borrow_while_imm_live {
    public fun race(): u64 {
        let mut counter = 10;
        let r = &counter;
        let w = &mut counter;
        *w = 20;
        *r
    }
}
