// Error: vector index 'v[i]' in 'at' uses 'i: u8'; vector indices must be 'u64'
module 0x42::index_with_non_u64 {
    public fun at(v: &vector<u64>, i: u8): u64 {
        v[i]
    }
}
