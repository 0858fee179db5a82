// Error: [warning] unused constant 'ENotOwner' (declared but never referenced)
module 0x42::unused_const {
    const ENotOwner: u64 = 1;
    const EEmpty: u64 = 2;

    public fun first(v: &vector<u64>): u64 {
        assert!(!v.is_empty(), EEmpty);
        v[0]
    }
}
