// Error: 'total = b"overflow"' in 'accumulate' assigns a 'vector<u8>' to the 'u64' local 'total'
module 0x42::assign_wrong_type {
    public fun accumulate(v: &vector<u64>): u64 {
        let mut total = 0;
        let mut i = 0;
        while (i < v.length()) {
            total = total + v[i];
            i = i + 1;
        };
        if (total > 1000) total = b"overflow";
        total
    }
}
