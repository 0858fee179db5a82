// Error: 'break' in 'early' is not inside a loop
module 0x42::break_outside_loop {
    public fun early(x: u64): u64 {
        if (x > 10) break;
        x
    }
}
