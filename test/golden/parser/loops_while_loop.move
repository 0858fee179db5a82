module 0x42::loops_while_loop {
    public fun sum_while(n: u64): u64 {
        let mut i = 0;
        let mut total = 0;
        while (i < n) {
            total = total + i;
            i = i + 1;
        };
        total
    }

    public fun while_single_statement(mut n: u64): u64 {
        while (n > 10) n = n / 2;
        n
    }

    public fun loop_with_break(): u64 {
        let mut i = 0;
        loop {
            i = i + 1;
            if (i == 5) break;
        };
        i
    }

    public fun loop_break_value(v: &vector<u64>, target: u64): u64 {
        let mut i = 0;
        let found = loop {
            if (i >= v.length()) break v.length();
            if (v[i] == target) break i;
            i = i + 1;
        };
        found
    }

    public fun continue_skips(n: u64): u64 {
        let mut i = 0;
        let mut odd_sum = 0;
        while (i < n) {
            i = i + 1;
            if (i % 2 == 0) continue;
            odd_sum = odd_sum + i;
        };
        odd_sum
    }

    public fun nested_loops(n: u64): u64 {
        let mut count = 0;
        let mut i = 0;
        while (i < n) {
            let mut j = 0;
            loop {
                if (j >= i) break;
                count = count + 1;
                j = j + 1;
            };
            i = i + 1;
        };
        count
    }

    public fun infinite_until_return(mut x: u64): u64 {
        loop {
            if (x > 1000) return x;
            x = x * 3 + 1;
        }
    }

    public fun while_true_block(): u64 {
        let mut k = 0;
        while (true) {
            k = k + 1;
            if (k > 3) { break }
        };
        k
    }

    public fun loop_without_semicolon_as_tail(): u64 {
        let mut n = 1;
        loop {
            n = n * 2;
            if (n > 64) break
        };
        n
    }
}
