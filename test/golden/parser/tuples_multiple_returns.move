module 0x42::tuples_multiple_returns {
    public fun divmod(a: u64, b: u64): (u64, u64) {
        (a / b, a % b)
    }

    public fun three(): (u8, bool, vector<u8>) {
        (1, true, b"three")
    }

    public fun min_max(v: &vector<u64>): (u64, u64) {
        let mut lo = v[0];
        let mut hi = v[0];
        let mut i = 1;
        while (i < v.length()) {
            let x = v[i];
            if (x < lo) lo = x;
            if (x > hi) hi = x;
            i = i + 1;
        };
        (lo, hi)
    }

    public fun refs(v: &mut vector<u64>, w: &vector<u64>): (&mut u64, &u64) {
        (&mut v[0], &w[0])
    }

    public fun use_them(): u64 {
        let (q, r) = divmod(17, 5);
        let (_, flag, name) = three();
        let (lo, hi): (u64, u64) = min_max(&vector[3, 1, 4]);
        let mut total = q + r + lo + hi + name.length();
        if (flag) total = total + 1;
        total
    }

    public fun returns_unit(): () { () }

    public fun pass_through(a: u64, b: u64): (u64, u64) {
        divmod(a, b)
    }

    public fun nested_call(): u64 {
        let (a, b) = pass_through(10, 3);
        let (c, d) = divmod(a, b);
        c + d
    }

    public fun reassign_tuple(): (u64, u64) {
        let mut a = 1;
        let mut b = 2;
        (a, b) = (b, a);
        (a, b) = divmod(a + 10, b);
        (a, b)
    }
}
