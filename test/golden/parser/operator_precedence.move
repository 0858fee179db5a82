/// Mixes of operators whose grouping depends on precedence and associativity.
module 0x42::operator_precedence {
    /// `*` binds tighter than `+`: 1 + (2 * 3) = 7.
    public fun mul_over_add(): u64 { 1 + 2 * 3 }

    /// Left associativity: (10 - 4) - 3 = 3.
    public fun left_assoc(): u64 { 10 - 4 - 3 }

    /// (100 / 10) / 5 = 2.
    public fun div_left_assoc(): u64 { 100 / 10 / 5 }

    /// `%` is multiplicative: 2 + (7 % 3) = 3.
    public fun modulo(): u64 { 2 + 7 % 3 }

    /// Shifts are lower than `+`: 1 << (2 + 1) = 8.
    public fun shift_vs_add(): u64 { 1 << 2 + 1 }

    /// `&` above `^` above `|`: 1 | (2 ^ (3 & 6)) = 1.
    public fun bit_levels(): u64 { 1 | 2 ^ 3 & 6 }

    /// Comparison binds looser than bitwise and arithmetic.
    public fun compare_arith(a: u64, b: u64): bool { a + 1 < b * 2 }

    public fun compare_bits(a: u64): bool { a & 1 == 1 }

    /// `&&` binds tighter than `||`.
    public fun and_or(a: bool, b: bool, c: bool): bool { a || b && c }

    public fun or_and(a: bool, b: bool, c: bool): bool { a && b || c }

    /// Unary `!` binds tighter than `&&`.
    public fun not_and(a: bool, b: bool): bool { !a && b }

    /// Unary `*` and `&` with field access and arithmetic.
    public fun deref_mix(r: &u64, s: &mut u64): u64 { *r + *s * 2 }

    /// Parentheses override everything.
    public fun parens(): u64 { (1 + 2) * (3 + 4) - ((5)) }

    /// Casts bind tighter than binary operators when parenthesized.
    public fun cast_mix(a: u8, b: u8): u64 { (a as u64) * 256 + (b as u64) }

    /// A long chain mixing all levels.
    public fun everything(a: u64, b: u64, c: bool): bool {
        a * 2 + b / 3 - 1 << 1 >> 1 & 0xFFFF | a ^ b == 0 || !c && a % 2 != b % 2 && a >= b
    }

    /// Equality of comparisons must be parenthesized.
    public fun eq_of_cmp(a: u64, b: u64, c: u64, d: u64): bool { (a < b) == (c < d) }
}
