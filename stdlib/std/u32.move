/// Functions and macros for `u32` values, callable as methods (`x.max(y)`, `x.pow(2)`,
/// `n.do!(|i| ...)`): bitwise not, min/max, absolute difference, rounded-up division, powers,
/// integer square roots, checked narrowing casts, decimal strings, checked, saturating and lossless
/// arithmetic, the largest value, and loops.
#[defines_primitive(u32)]
module std::u32;

use std::string::String;

/// The bitwise complement of `x`: every 1 bit becomes 0 and every 0 bit becomes 1.
public fun bitwise_not(x: u32): u32 {
    x ^ max_value!()
}

/// The larger of `x` and `y`.
public fun max(x: u32, y: u32): u32 {
    if (x < y) y else x
}

/// The smaller of `x` and `y`.
public fun min(x: u32, y: u32): u32 {
    if (y < x) y else x
}

/// The absolute value of `x - y`.
public fun diff(x: u32, y: u32): u32 {
    if (x < y) y - x else x - y
}

/// `x / y`, rounded up instead of down. Aborts if `y` is zero.
public fun divide_and_round_up(x: u32, y: u32): u32 {
    let q = x / y;
    if (q * y == x) q else q + 1
}

/// `base` raised to the power `exponent` (with `pow(0, 0) == 1`). Aborts if the result does not
/// fit in a `u32`.
public fun pow(base: u32, exponent: u8): u32 {
    let mut result: u32 = 1;
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
public fun sqrt(x: u32): u32 {
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
public fun try_as_u8(x: u32): Option<u8> {
    if (x <= 0xFF) std::option::some(x as u8) else std::option::none()
}

/// `some(x as u16)`, or `none` if `x` is too large for a `u16`.
public fun try_as_u16(x: u32): Option<u16> {
    if (x <= 0xFFFF) std::option::some(x as u16) else std::option::none()
}

/// The decimal representation of `x`, without leading zeros (`"0"` for zero).
public fun to_string(x: u32): String {
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

/// `some(x + y)`, or `none` if the sum does not fit in a `u32`.
public fun checked_add(x: u32, y: u32): Option<u32> {
    if (x <= max_value!() - y) std::option::some(x + y) else std::option::none()
}

/// `some(x - y)`, or `none` if `y > x`.
public fun checked_sub(x: u32, y: u32): Option<u32> {
    if (y <= x) std::option::some(x - y) else std::option::none()
}

/// `some(x * y)`, or `none` if the product does not fit in a `u32`.
public fun checked_mul(x: u32, y: u32): Option<u32> {
    if (x == 0 || y <= max_value!() / x) std::option::some(x * y) else std::option::none()
}

/// `some(x / y)`, or `none` if `y` is zero.
public fun checked_div(x: u32, y: u32): Option<u32> {
    if (y != 0) std::option::some(x / y) else std::option::none()
}

/// `x + y`, or the largest `u32` if the sum would overflow.
public fun saturating_add(x: u32, y: u32): u32 {
    if (x <= max_value!() - y) x + y else max_value!()
}

/// `x - y`, or `0` if `y > x`.
public fun saturating_sub(x: u32, y: u32): u32 {
    if (y <= x) x - y else 0
}

/// `x * y`, or the largest `u32` if the product would overflow.
public fun saturating_mul(x: u32, y: u32): u32 {
    if (x == 0 || y <= max_value!() / x) x * y else max_value!()
}

/// `some(x << shift)`, or `none` if `shift` is 32 or more.
public fun checked_shl(x: u32, shift: u8): Option<u32> {
    if (shift < 32) std::option::some(x << shift) else std::option::none()
}

/// `some(x >> shift)`, or `none` if `shift` is 32 or more.
public fun checked_shr(x: u32, shift: u8): Option<u32> {
    if (shift < 32) std::option::some(x >> shift) else std::option::none()
}

/// `some(x << shift)` if no set bit is shifted out (the shift can be undone), otherwise `none`;
/// also `none` if `shift` is 32 or more.
public fun lossless_shl(x: u32, shift: u8): Option<u32> {
    if (shift >= 32) return std::option::none();
    let shifted = x << shift;
    if ((shifted >> shift) == x) std::option::some(shifted) else std::option::none()
}

/// `some(x >> shift)` if no set bit is shifted out (the shift can be undone), otherwise `none`;
/// also `none` if `shift` is 32 or more.
public fun lossless_shr(x: u32, shift: u8): Option<u32> {
    if (shift >= 32) return std::option::none();
    let shifted = x >> shift;
    if ((shifted << shift) == x) std::option::some(shifted) else std::option::none()
}

/// `some(x / y)` if `y` divides `x` exactly, otherwise `none` (also when `y` is zero).
public fun lossless_div(x: u32, y: u32): Option<u32> {
    if (y != 0 && x % y == 0) std::option::some(x / y) else std::option::none()
}

// === Macros ===

/// The largest `u32`: 2^32 - 1.
public macro fun max_value(): u32 {
    0xFFFF_FFFF
}

/// Calls `$f` on each value from `$start` (included) to `$stop` (excluded), in increasing order.
public macro fun range_do<$R: drop>($start: u32, $stop: u32, $f: |u32| -> $R) {
    let mut i: u32 = $start;
    let stop: u32 = $stop;
    while (i < stop) {
        $f(i);
        i = i + 1;
    }
}

/// Calls `$f` on each value from `$start` to `$stop`, both included, in increasing order. Never
/// steps past `$stop`, so `$stop` may be `max_value!()`.
public macro fun range_do_eq<$R: drop>($start: u32, $stop: u32, $f: |u32| -> $R) {
    let mut i: u32 = $start;
    let stop: u32 = $stop;
    if (i <= stop) {
        loop {
            $f(i);
            if (i == stop) break;
            i = i + 1;
        }
    }
}

/// Calls `$f` on each value from `0` (included) to `$stop` (excluded), in increasing order.
public macro fun do<$R: drop>($stop: u32, $f: |u32| -> $R) {
    let stop: u32 = $stop;
    let mut i: u32 = 0;
    while (i < stop) {
        $f(i);
        i = i + 1;
    }
}

/// Calls `$f` on each value from `0` to `$stop`, both included, in increasing order. Never steps
/// past `$stop`, so `$stop` may be `max_value!()`.
public macro fun do_eq<$R: drop>($stop: u32, $f: |u32| -> $R) {
    let stop: u32 = $stop;
    let mut i: u32 = 0;
    loop {
        $f(i);
        if (i == stop) break;
        i = i + 1;
    }
}
