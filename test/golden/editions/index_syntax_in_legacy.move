// Error: the index expression 'v[0]' in 'first' is a Move 2024 feature; legacy code uses vector::borrow
// Edition: legacy
module 0x42::index_syntax_in_legacy {
    public fun first(v: &vector<u64>): u64 {
        v[0]
    }
}
