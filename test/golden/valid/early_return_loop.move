// Valid: 'return' from inside a 'while' loop, 'continue' to skip elements, and a final fallback value
module 0x42::early_return_loop {
    public fun index_of_first_above(v: &vector<u64>, limit: u64): Option<u64> {
        let mut i = 0;
        while (i < v.length()) {
            if (v[i] > limit) return option::some(i);
            i = i + 1;
        };
        option::none()
    }

    public fun sum_odd(v: &vector<u64>): u64 {
        let mut i = 0;
        let mut total = 0;
        while (i < v.length()) {
            let x = v[i];
            i = i + 1;
            if (x % 2 == 0) continue;
            total = total + x;
        };
        total
    }
}
