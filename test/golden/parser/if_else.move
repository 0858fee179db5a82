module 0x42::if_else {
    /// `if`/`else` as an expression producing a value.
    public fun max(a: u64, b: u64): u64 {
        if (a > b) a else b
    }

    /// Expression form with blocks on both sides.
    public fun classify(n: u64): u8 {
        let c = if (n == 0) {
            0
        } else if (n < 10) {
            1
        } else if (n < 100) {
            2
        } else {
            3
        };
        c
    }

    /// Statement form without `else`, followed by `;`.
    public fun clamp(mut x: u64, hi: u64): u64 {
        if (x > hi) {
            x = hi;
        };
        x
    }

    /// Statement form without braces.
    public fun bump_if(mut x: u64, cond: bool): u64 {
        if (cond) x = x + 1;
        if (!cond) x = x * 2 else x = x / 2;
        x
    }

    /// `if` as the tail of a function body without a trailing `;`.
    public fun maybe_abort(flag: bool) {
        if (flag) {
            abort 1
        }
    }

    /// Tail `if`/`else` whose branches are unit.
    public fun store(v: &mut vector<u64>, x: u64) {
        if (x % 2 == 0) {
            v.push_back(x)
        } else {
            v.push_back(x + 1);
        }
    }

    /// Nested conditions inside conditions.
    public fun nested(a: bool, b: bool): u64 {
        if (if (a) b else !b) {
            if (a) 1 else 2
        } else 3
    }

    /// `if` in argument, arithmetic and return positions.
    public fun positions(x: u64): u64 {
        let y = 1 + (if (x > 5) 10 else 20);
        let z = max(if (x == 0) 1 else x, y);
        return if (z > 100) 100 else z
    }

    /// Else branch returning early.
    public fun early(x: u64): u64 {
        let v = if (x > 0) x else return 0;
        v * 2
    }

    /// Condition with a block expression.
    public fun block_condition(x: u64): bool {
        if ({ let y = x + 1; y > 3 }) true else false
    }
}
