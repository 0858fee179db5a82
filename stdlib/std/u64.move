/// Functions and macros for `u64` values, callable as methods (`x.max(y)`, `x.pow(2)`,
/// `n.do!(|i| ...)`): bitwise not, min/max, absolute difference, rounded-up division, powers,
/// integer square roots, checked narrowing casts, decimal strings, checked, saturating and lossless
/// arithmetic, the largest value, and loops.
#[defines_primitive(u64)]
module std::u64;

use std::string::String;

/// The bitwise complement of `x`: every 1 bit becomes 0 and every 0 bit becomes 1.
public fun bitwise_not(x: u64): u64 {
    x ^ max_value!()
}

/// The larger of `x` and `y`.
public fun max(x: u64, y: u64): u64 {
    if (x < y) y else x
}

/// The smaller of `x` and `y`.
public fun min(x: u64, y: u64): u64 {
    if (y < x) y else x
}

/// The absolute value of `x - y`.
public fun diff(x: u64, y: u64): u64 {
    if (x < y) y - x else x - y
}

/// `x / y`, rounded up instead of down. Aborts if `y` is zero.
public fun divide_and_round_up(x: u64, y: u64): u64 {
    let q = x / y;
    if (q * y == x) q else q + 1
}

/// `base` raised to the power `exponent` (with `pow(0, 0) == 1`). Aborts if the result does not
/// fit in a `u64`.
public fun pow(base: u64, exponent: u8): u64 {
    let mut result: u64 = 1;
    let mut square = base;
    let mut e = exponent;
    while (e > 0) {
        if ((e & 1) == 1) result = result * square;
        e = e >> 1;
        if (e > 0) square = square * square;
    };
    result
}

/// The integer square root of `x`: the largest `r` with `r * r <= x`, so the exact root rounded
/// down (`sqrt(9) == 3`, `sqrt(8) == 2`). For more precision, scale the argument by an even power
/// of ten first: `sqrt(8 * 10000) == 282`, read as `2.82`.
public fun sqrt(x: u64): u64 {
    if (x < 2) return x;
    // Newton's method, from a starting point at or above the root: the estimates decrease
    // strictly until they reach it.
    let mut root = x / 2 + 1;
    let mut next = (root + x / root) / 2;
    while (next < root) {
        root = next;
        next = (root + x / root) / 2;
    };
    root
}

/// `some(x as u8)`, or `none` if `x` is too large for a `u8`.
public fun try_as_u8(x: u64): Option<u8> {
    if (x <= 0xFF) std::option::some(x as u8) else std::option::none()
}

/// `some(x as u16)`, or `none` if `x` is too large for a `u16`.
public fun try_as_u16(x: u64): Option<u16> {
    if (x <= 0xFFFF) std::option::some(x as u16) else std::option::none()
}

/// `some(x as u32)`, or `none` if `x` is too large for a `u32`.
public fun try_as_u32(x: u64): Option<u32> {
    if (x <= 0xFFFF_FFFF) std::option::some(x as u32) else std::option::none()
}

/// The decimal representation of `x`, without leading zeros (`"0"` for zero).
public fun to_string(x: u64): String {
    let mut n = x;
    let mut digits = vector[];
    loop {
        digits.push_back(((n % 10) as u8) + 48);
        n = n / 10;
        if (n == 0) break
    };
    digits.reverse();
    std::string::utf8(digits)
}

/// `some(x + y)`, or `none` if the sum does not fit in a `u64`.
public fun checked_add(x: u64, y: u64): Option<u64> {
    if (x <= max_value!() - y) std::option::some(x + y) else std::option::none()
}

/// `some(x - y)`, or `none` if `y > x`.
public fun checked_sub(x: u64, y: u64): Option<u64> {
    if (y <= x) std::option::some(x - y) else std::option::none()
}

/// `some(x * y)`, or `none` if the product does not fit in a `u64`.
public fun checked_mul(x: u64, y: u64): Option<u64> {
    if (x == 0 || y <= max_value!() / x) std::option::some(x * y) else std::option::none()
}

/// `some(x / y)`, or `none` if `y` is zero.
public fun checked_div(x: u64, y: u64): Option<u64> {
    if (y != 0) std::option::some(x / y) else std::option::none()
}

/// `x + y`, or the largest `u64` if the sum would overflow.
public fun saturating_add(x: u64, y: u64): u64 {
    if (x <= max_value!() - y) x + y else max_value!()
}

/// `x - y`, or `0` if `y > x`.
public fun saturating_sub(x: u64, y: u64): u64 {
    if (y <= x) x - y else 0
}

/// `x * y`, or the largest `u64` if the product would overflow.
public fun saturating_mul(x: u64, y: u64): u64 {
    if (x == 0 || y <= max_value!() / x) x * y else max_value!()
}

/// `some(x << shift)`, or `none` if `shift` is 64 or more.
public fun checked_shl(x: u64, shift: u8): Option<u64> {
    if (shift < 64) std::option::some(x << shift) else std::option::none()
}

/// `some(x >> shift)`, or `none` if `shift` is 64 or more.
public fun checked_shr(x: u64, shift: u8): Option<u64> {
    if (shift < 64) std::option::some(x >> shift) else std::option::none()
}

/// `some(x << shift)` if no set bit is shifted out (the shift can be undone), otherwise `none`;
/// also `none` if `shift` is 64 or more.
public fun lossless_shl(x: u64, shift: u8): Option<u64> {
    if (shift >= 64) return std::option::none();
    let shifted = x << shift;
    if ((shifted >> shift) == x) std::option::some(shifted) else std::option::none()
}

/// `some(x >> shift)` if no set bit is shifted out (the shift can be undone), otherwise `none`;
/// also `none` if `shift` is 64 or more.
public fun lossless_shr(x: u64, shift: u8): Option<u64> {
    if (shift >= 64) return std::option::none();
    let shifted = x >> shift;
    if ((shifted << shift) == x) std::option::some(shifted) else std::option::none()
}

/// `some(x / y)` if `y` divides `x` exactly, otherwise `none` (also when `y` is zero).
public fun lossless_div(x: u64, y: u64): Option<u64> {
    if (y != 0 && x % y == 0) std::option::some(x / y) else std::option::none()
}

// === Macros ===

/// The largest `u64`: 2^64 - 1.
public macro fun max_value(): u64 {
    0xFFFF_FFFF_FFFF_FFFF
}

/// Calls `$f` on each value from `$start` (included) to `$stop` (excluded), in increasing order.
public macro fun range_do<$R: drop>($start: u64, $stop: u64, $f: |u64| -> $R) {
    let mut i: u64 = $start;
    let stop: u64 = $stop;
    while (i < stop) {
        $f(i);
        i = i + 1;
    }
}

/// Calls `$f` on each value from `$start` to `$stop`, both included, in increasing order. Never
/// steps past `$stop`, so `$stop` may be `max_value!()`.
public macro fun range_do_eq<$R: drop>($start: u64, $stop: u64, $f: |u64| -> $R) {
    let mut i: u64 = $start;
    let stop: u64 = $stop;
    if (i <= stop) {
        loop {
            $f(i);
            if (i == stop) break;
            i = i + 1;
        }
    }
}

/// Calls `$f` on each value from `0` (included) to `$stop` (excluded), in increasing order.
public macro fun do<$R: drop>($stop: u64, $f: |u64| -> $R) {
    let stop: u64 = $stop;
    let mut i: u64 = 0;
    while (i < stop) {
        $f(i);
        i = i + 1;
    }
}

/// Calls `$f` on each value from `0` to `$stop`, both included, in increasing order. Never steps
/// past `$stop`, so `$stop` may be `max_value!()`.
public macro fun do_eq<$R: drop>($stop: u64, $f: |u64| -> $R) {
    let stop: u64 = $stop;
    let mut i: u64 = 0;
    loop {
        $f(i);
        if (i == stop) break;
        i = i + 1;
    }
}
