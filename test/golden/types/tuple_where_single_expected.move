// Error: 'let bounds = min_max(v)' in 'spread' binds a 2-tuple '(u64, u64)' to a single local; tuples must be destructured ('let (a, b) = ...')
module 0x42::tuple_where_single_expected {
    public fun min_max(v: &vector<u64>): (u64, u64) {
        let mut lo = v[0];
        let mut hi = v[0];
        v.do_ref!(|x| {
            if (*x < lo) lo = *x;
            if (*x > hi) hi = *x;
        });
        (lo, hi)
    }

    public fun spread(v: &vector<u64>): u64 {
        let bounds = min_max(v);
        bounds
    }
}
