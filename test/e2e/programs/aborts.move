// Abort codes and where they happened: plain codes, clever errors with the line, and bare
// aborts; recursion deep enough to hit the call-depth limit; a loop that runs out of gas.
module test::aborts;

const ENotPositive: u64 = 3;
#[error]
const ETooBig: vector<u8> = b"too big";

public fun check(x: u64): u64 {
    assert!(x > 0, ENotPositive);
    assert!(x < 100, ETooBig);
    x
}

public fun bare() { abort }

public fun depth(n: u64): u64 { if (n == 0) 0 else 1 + depth(n - 1) }

public fun spin(): u64 {
    let mut i = 0;
    loop { i = i + 1; }
}

//# call check(5) -> 5
//# call check(0) -> abort 3 at line 10
//# call check(100) -> abort clever line 11 ETooBig
//# call bare() -> abort clever line 15
//# call depth(50) -> 50
//# call depth(100000) -> CALL_STACK_OVERFLOW
//# call spin() -> OUT_OF_GAS
