// Interpreter micro-benchmarks (bench/interpreter.ts runs them and the same algorithms written in
// TypeScript, with the same overflow checks, in the same process).
module bench::workloads;

/// Sum of i * 3 + 1 over 0..n, checked arithmetic all the way.
public fun arith_loop(n: u64): u64 {
    let mut i = 0;
    let mut acc = 0;
    while (i < n) {
        acc = acc + i * 3 + 1;
        i = i + 1;
    };
    acc
}

/// Push 0..n onto a vector, then sum it by index.
public fun vector_push_sum(n: u64): u64 {
    let mut v = vector[];
    let mut i = 0;
    while (i < n) {
        v.push_back(i);
        i = i + 1;
    };
    let mut sum = 0;
    let mut j = 0;
    let len = v.length();
    while (j < len) {
        sum = sum + v[j];
        j = j + 1;
    };
    sum
}

public struct Account has drop { balance: u64, nonce: u64, flags: u8 }

/// Field reads and writes through a mutable reference.
public fun struct_updates(n: u64): u64 {
    let mut a = Account { balance: 0, nonce: 0, flags: 0 };
    let r = &mut a;
    let mut i = 0;
    while (i < n) {
        r.balance = r.balance + 2;
        r.nonce = r.nonce + 1;
        if (r.balance % 3 == 0) r.flags = r.flags ^ 1;
        i = i + 1;
    };
    a.balance + a.nonce + (a.flags as u64)
}

/// Naive recursive Fibonacci: calls and returns.
public fun fib(n: u64): u64 {
    if (n < 2) n else fib(n - 1) + fib(n - 2)
}

/// Insertion sort of n pseudo-random numbers; returns a checksum of the sorted vector.
public fun sort(n: u64): u64 {
    let mut v = vector[];
    let mut x = 12345u64;
    let mut i = 0;
    while (i < n) {
        x = (x * 1103515245 + 12345) % 2147483648;
        v.push_back(x);
        i = i + 1;
    };
    let mut k = 1;
    while (k < n) {
        let mut j = k;
        while (j > 0 && v[j - 1] > v[j]) {
            v.swap(j - 1, j);
            j = j - 1;
        };
        k = k + 1;
    };
    let mut check = 0;
    let mut m = 0;
    while (m < n) {
        check = (check * 31 + v[m]) % 1000000007;
        m = m + 1;
    };
    check
}
