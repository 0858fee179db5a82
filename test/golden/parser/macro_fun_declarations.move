/// User-declared macro functions with `$`-prefixed parameters and lambda types.
module 0x42::macro_fun_declarations {
    /// Counts elements matching a predicate.
    public macro fun count_if<$T>($v: &vector<$T>, $f: |&$T| -> bool): u64 {
        let v = $v;
        let mut n = 0;
        let mut i = 0;
        while (i < v.length()) {
            if ($f(&v[i])) n = n + 1;
            i = i + 1;
        };
        n
    }

    /// Calls a thunk with no arguments.
    public macro fun call<$R>($f: || -> $R): $R {
        $f()
    }

    /// Lambda type with no return value.
    public macro fun repeat($n: u64, $f: |u64|) {
        let n = $n;
        let mut i = 0;
        while (i < n) {
            $f(i);
            i = i + 1;
        }
    }

    /// Lambda returning a tuple; type parameter constraints.
    macro fun split_with<$T: copy + drop, $A, $B>($x: $T, $f: |$T| -> ($A, $B)): ($A, $B) {
        $f($x)
    }

    /// A macro in package scope that takes a plain expression parameter.
    public(package) macro fun double($x: u64): u64 {
        let x = $x;
        x + x
    }

    public fun evens(v: &vector<u64>): u64 {
        count_if!(v, |x| *x % 2 == 0)
    }

    public fun five(): u64 { call!(|| 5) }

    public fun sum_to(n: u64): u64 {
        let mut acc = 0;
        repeat!(n, |i| acc = acc + i);
        acc
    }

    public fun halves(x: u64): (u64, u64) {
        split_with!(x, |y: u64| (y / 2, y - y / 2))
    }

    public fun quad(x: u64): u64 { double!(double!(x)) }
}
