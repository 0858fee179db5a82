// Error: 'count = count + 1' in 'tally' reassigns 'count', which was declared without 'mut' (Move 2024 requires 'let mut' for reassignment)
module 0x42::reassign_without_mut {
    public fun tally(v: &vector<u64>): u64 {
        let count = 0;
        let mut i = 0;
        while (i < v.length()) {
            if (v[i] > 0) count = count + 1;
            i = i + 1;
        };
        count
    }
}
