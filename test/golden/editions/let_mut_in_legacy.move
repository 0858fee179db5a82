// Error: 'let mut' in 'tally' is a Move 2024 feature; this package has no edition (legacy)
// Edition: legacy
module 0x42::let_mut_in_legacy {
    public fun tally(n: u64): u64 {
        let mut total = 0;
        total = total + n;
        total
    }
}
