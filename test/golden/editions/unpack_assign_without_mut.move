// Error: '(lo, hi) = (hi, lo);' in 'ordered' reassigns 'lo' and 'hi', which were bound by 'let (lo, hi)' without 'mut' (Move 2024)
module 0x42::unpack_assign_without_mut {
    public fun ordered(a: u64, b: u64): (u64, u64) {
        let (lo, hi) = (a, b);
        if (lo > hi) {
            (lo, hi) = (hi, lo);
        };
        (lo, hi)
    }
}
