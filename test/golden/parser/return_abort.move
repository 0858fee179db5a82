module 0x42::return_abort {
    const ENotFound: u64 = 404;

    #[error]
    const EEmpty: vector<u8> = b"vector is empty";

    public fun early_return(v: &vector<u64>, x: u64): bool {
        let mut i = 0;
        while (i < v.length()) {
            if (v[i] == x) return true;
            i = i + 1;
        };
        false
    }

    public fun return_unit(flag: bool) {
        if (flag) return;
        let _ = 1;
    }

    public fun return_tail(x: u64): u64 {
        return x + 1
    }

    public fun return_tuple(x: u64): (u64, bool) {
        return (x, x > 0)
    }

    public fun abort_code(v: &vector<u64>, x: u64): u64 {
        let mut i = 0;
        while (i < v.length()) {
            if (v[i] == x) return i;
            i = i + 1;
        };
        abort ENotFound
    }

    public fun abort_literal() {
        abort 0
    }

    public fun abort_expr(code: u64) {
        abort code * 10 + 1
    }

    public fun clever_abort(v: &vector<u64>): u64 {
        if (v.is_empty()) abort EEmpty;
        v[0]
    }

    /// Move 2024 allows `abort` without a code.
    public fun bare_abort(x: u64): u64 {
        if (x == 0) abort;
        x
    }

    public fun abort_in_expression(x: u64): u64 {
        let y = if (x > 10) x else abort 3;
        y
    }

    public fun abort_in_match(x: u64): u64 {
        match (x) {
            0 => abort ENotFound,
            n => n,
        }
    }
}
