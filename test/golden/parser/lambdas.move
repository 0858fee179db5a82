/// Lambda expressions in all their forms, as arguments to macros.
module 0x42::lambdas {
    macro fun apply<$T, $R>($x: $T, $f: |$T| -> $R): $R {
        $f($x)
    }

    macro fun thunk<$R>($f: || -> $R): $R {
        $f()
    }

    macro fun apply2<$A, $B, $R>($a: $A, $b: $B, $f: |$A, $B| -> $R): $R {
        $f($a, $b)
    }

    public fun untyped(): u64 { apply!(1, |x| x + 1) }

    public fun typed_param(): u64 { apply!(2, |x: u64| x) }

    public fun no_params(): u64 { thunk!(|| 5) }

    public fun two_params(): u64 { apply2!(3, 4, |a, b| a * b) }

    public fun two_typed_params(): bool { apply2!(3u8, true, |a: u8, b: bool| b && a > 1) }

    public fun block_body(): u64 {
        apply!(10, |x| {
            let y = x * 2;
            y + 1
        })
    }

    public fun return_type_annotated(): u64 {
        apply!(10, |x: u64| -> u64 { x / 2 })
    }

    public fun nested_lambdas(): u64 {
        apply!(1, |x| apply!(x + 1, |y| apply2!(x, y, |a, b| a + b)))
    }

    public fun capture_mutable(): u64 {
        let mut total = 0;
        vector[1, 2, 3].do!(|x| total = total + x);
        total
    }

    public fun reference_param(v: &vector<u64>): u64 {
        apply!(v, |r: &vector<u64>| r.length())
    }

    public fun tuple_result(): (u64, u64) {
        apply!(9, |x| (x / 2, x % 2))
    }

    public fun unit_lambda() {
        thunk!(|| ());
        thunk!(|| {});
    }

    public fun lambda_with_abort(): u64 {
        thunk!(|| abort 1)
    }

    public fun lambda_in_tabulate(n: u64): vector<vector<u64>> {
        vector::tabulate!(n, |i| vector::tabulate!(i, |j| i * j))
    }
}
