/// Labelled blocks: exited early with `return 'label value`, used as statements
/// and as expressions, and nested with labelled loops.
module 0x42::labeled_blocks {
    /// A labelled block exited early with `return 'label value`.
    public fun first_even(v: &vector<u64>): u64 {
        let result = 'search: {
            let mut i = 0;
            while (i < v.length()) {
                if (v[i] % 2 == 0) return 'search v[i];
                i = i + 1;
            };
            0
        };
        result + 1
    }

    /// A labelled block used as a statement.
    public fun guarded(x: u64): u64 {
        let mut y = x;
        'check: {
            if (x == 0) return 'check;
            y = y * 10;
        };
        y
    }

    /// Labelled block whose value is returned from an inner loop.
    public fun nested_label(limit: u64): u64 {
        'a: {
            let mut n = 0;
            'b: loop {
                n = n + 1;
                if (n == limit) return 'a n * 2;
                if (n > 100) break 'b;
            };
            n
        }
    }

    /// A labelled block as the `else` branch and inside a binary expression.
    public fun in_expressions(x: u64): u64 {
        let y = if (x > 10) x else 'small: {
            if (x == 0) return 'small 1;
            x * 2
        };
        y + 'extra: { if (y > 100) return 'extra 0; 5 }
    }
}
