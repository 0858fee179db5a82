// Valid: every assigned value is read: on a later iteration, after 'break' or 'continue', on one branch only, or by a labelled block's result
module 0x42::assignments_read_later_ok {
    public fun search(v: &vector<u64>, target: u64): (bool, u64) {
        let mut found = false;
        let mut at = 0;
        let mut i = 0;
        while (i < v.length()) {
            if (v[i] == target) {
                found = true;
                at = i;
                break
            };
            i = i + 1;
        };
        (found, at)
    }

    public fun steps(limit: u64): u64 {
        let mut n = 0;
        let mut odd = 0;
        loop {
            n = n + 1;
            if (n > limit) break;
            if (n % 2 == 0) continue;
            odd = odd + 1;
        };
        let bonus = 'done: {
            let mut b = 1;
            if (odd > 3) {
                b = 2;
                return 'done b
            };
            b
        };
        odd + bonus
    }
}
