// Standard library macros with lambdas, expanded at compile time, and natives they rely on.
module test::macros;

public fun sum(n: u64): u64 {
    let v = vector::tabulate!(n, |i| i + 1);
    v.fold!(0, |acc, x| acc + x)
}

public fun evens(n: u64): u64 {
    let v = vector::tabulate!(n, |i| i);
    let e = v.filter!(|x| *x % 2 == 0);
    e.length()
}

public fun any_all(): bool {
    let v = vector[3, 5, 7];
    v.any!(|x| *x == 5) && v.all!(|x| *x % 2 == 1) && !v.any!(|x| *x > 7)
}

public fun doubled_total(): u64 {
    let mut v = vector[1, 2, 3];
    v.do_mut!(|x| *x = *x * 2);
    let mut t = 0;
    v.do_ref!(|x| t = t + *x);
    t
}

public fun opt(x: u64): u64 {
    let o = if (x > 0) option::some(x) else option::none();
    o.map!(|v| v * 10).destroy_or!(7)
}

public fun loops(): u64 {
    let mut t = 0;
    5u64.do!(|i| t = t + i);
    std::u64::max(t, 3) + std::u64::min(2, 8)
}

//# call sum(10) -> 55
//# call evens(9) -> 5
//# call any_all() -> true
//# call doubled_total() -> 12
//# call opt(4) -> 40
//# call opt(0) -> 7
//# call loops() -> 12
