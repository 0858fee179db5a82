// Several independent syntax errors in different members. A recovering parser should
// report every one of them (one per function), not just the first.
module 0x42::err_several_independent_errors {
    const LIMIT: u64 = 10;

    // 1: missing `;` after the first `let`.
    public fun first(x: u64): u64 {
        let y = x + 1
        y
    }

    // Fine: no error here.
    public fun fine(x: u64): u64 { x * LIMIT }

    // 2: `if` without parentheses.
    public fun second(x: u64): u64 {
        if x > LIMIT { LIMIT } else { x }
    }

    // 3: unbalanced `)`.
    public fun third(x: u64): u64 {
        fine(x))
    }

    // 4: struct field without a type.
    public struct Broken has drop { a, b: u64 }

    // 5: `let` without a pattern.
    public fun fifth(): u64 {
        let = 3;
        3
    }

    // Fine again, after all the errors.
    public fun last(): u64 { fine(1) }
}
