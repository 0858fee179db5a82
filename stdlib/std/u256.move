/// Functions and macros for `u256` values, callable as methods (`x.max(y)`, `x.pow(2)`,
/// `n.do!(|i| ...)`): bitwise not, min/max, absolute difference, rounded-up division, powers,
/// checked narrowing casts, decimal strings, checked, saturating and lossless arithmetic, the
/// largest value, and loops.
#[defines_primitive(u256)]
module std::u256;

use std::string::String;

/// The bitwise complement of `x`: every 1 bit becomes 0 and every 0 bit becomes 1.
public fun bitwise_not(x: u256): u256 {
    x ^ max_value!()
}

/// The larger of `x` and `y`.
public fun max(x: u256, y: u256): u256 {
    if (x < y) y else x
}

/// The smaller of `x` and `y`.
public fun min(x: u256, y: u256): u256 {
    if (y < x) y else x
}

/// The absolute value of `x - y`.
public fun diff(x: u256, y: u256): u256 {
    if (x < y) y - x else x - y
}

/// `x / y`, rounded up instead of down. Aborts if `y` is zero.
public fun divide_and_round_up(x: u256, y: u256): u256 {
    let q = x / y;
    if (q * y == x) q else q + 1
}

/// `base` raised to the power `exponent` (with `pow(0, 0) == 1`). Aborts if the result does not
/// fit in a `u256`.
public fun pow(base: u256, exponent: u8): u256 {
    let mut result: u256 = 1;
    let mut square = base;
    let mut e = exponent;
    while (e > 0) {
        if ((e & 1) == 1) result = result * square;
        e = e >> 1;
        if (e > 0) square = square * square;
    };
    result
}

/// `some(x as u8)`, or `none` if `x` is too large for a `u8`.
public fun try_as_u8(x: u256): Option<u8> {
    if (x <= 0xFF) std::option::some(x as u8) else std::option::none()
}

/// `some(x as u16)`, or `none` if `x` is too large for a `u16`.
public fun try_as_u16(x: u256): Option<u16> {
    if (x <= 0xFFFF) std::option::some(x as u16) else std::option::none()
}

/// `some(x as u32)`, or `none` if `x` is too large for a `u32`.
public fun try_as_u32(x: u256): Option<u32> {
    if (x <= 0xFFFF_FFFF) std::option::some(x as u32) else std::option::none()
}

/// `some(x as u64)`, or `none` if `x` is too large for a `u64`.
public fun try_as_u64(x: u256): Option<u64> {
    if (x <= 0xFFFF_FFFF_FFFF_FFFF) std::option::some(x as u64) else std::option::none()
}

/// `some(x as u128)`, or `none` if `x` is too large for a `u128`.
public fun try_as_u128(x: u256): Option<u128> {
    if (x <= 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF) std::option::some(x as u128)
    else std::option::none()
}

/// The decimal representation of `x`, without leading zeros (`"0"` for zero).
public fun to_string(x: u256): String {
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

/// `some(x + y)`, or `none` if the sum does not fit in a `u256`.
public fun checked_add(x: u256, y: u256): Option<u256> {
    if (x <= max_value!() - y) std::option::some(x + y) else std::option::none()
}

/// `some(x - y)`, or `none` if `y > x`.
public fun checked_sub(x: u256, y: u256): Option<u256> {
    if (y <= x) std::option::some(x - y) else std::option::none()
}

/// `some(x * y)`, or `none` if the product does not fit in a `u256`.
public fun checked_mul(x: u256, y: u256): Option<u256> {
    if (x == 0 || y <= max_value!() / x) std::option::some(x * y) else std::option::none()
}

/// `some(x / y)`, or `none` if `y` is zero.
public fun checked_div(x: u256, y: u256): Option<u256> {
    if (y != 0) std::option::some(x / y) else std::option::none()
}

/// `x + y`, or the largest `u256` if the sum would overflow.
public fun saturating_add(x: u256, y: u256): u256 {
    if (x <= max_value!() - y) x + y else max_value!()
}

/// `x - y`, or `0` if `y > x`.
public fun saturating_sub(x: u256, y: u256): u256 {
    if (y <= x) x - y else 0
}

/// `x * y`, or the largest `u256` if the product would overflow.
public fun saturating_mul(x: u256, y: u256): u256 {
    if (x == 0 || y <= max_value!() / x) x * y else max_value!()
}

/// `some(x << shift)` if no set bit is shifted out (the shift can be undone), otherwise `none`.
public fun lossless_shl(x: u256, shift: u8): Option<u256> {
    let shifted = x << shift;
    if ((shifted >> shift) == x) std::option::some(shifted) else std::option::none()
}

/// `some(x >> shift)` if no set bit is shifted out (the shift can be undone), otherwise `none`.
public fun lossless_shr(x: u256, shift: u8): Option<u256> {
    let shifted = x >> shift;
    if ((shifted << shift) == x) std::option::some(shifted) else std::option::none()
}

/// `some(x / y)` if `y` divides `x` exactly, otherwise `none` (also when `y` is zero).
public fun lossless_div(x: u256, y: u256): Option<u256> {
    if (y != 0 && x % y == 0) std::option::some(x / y) else std::option::none()
}

// === Macros ===

/// The largest `u256`: 2^256 - 1.
public macro fun max_value(): u256 {
    0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF
}

/// Calls `$f` on each value from `$start` (included) to `$stop` (excluded), in increasing order.
public macro fun range_do<$R: drop>($start: u256, $stop: u256, $f: |u256| -> $R) {
    let mut i: u256 = $start;
    let stop: u256 = $stop;
    while (i < stop) {
        $f(i);
        i = i + 1;
    }
}

/// Calls `$f` on each value from `$start` to `$stop`, both included, in increasing order. Never
/// steps past `$stop`, so `$stop` may be `max_value!()`.
public macro fun range_do_eq<$R: drop>($start: u256, $stop: u256, $f: |u256| -> $R) {
    let mut i: u256 = $start;
    let stop: u256 = $stop;
    if (i <= stop) {
        loop {
            $f(i);
            if (i == stop) break;
            i = i + 1;
        }
    }
}

/// Calls `$f` on each value from `0` (included) to `$stop` (excluded), in increasing order.
public macro fun do<$R: drop>($stop: u256, $f: |u256| -> $R) {
    let stop: u256 = $stop;
    let mut i: u256 = 0;
    while (i < stop) {
        $f(i);
        i = i + 1;
    }
}

/// Calls `$f` on each value from `0` to `$stop`, both included, in increasing order. Never steps
/// past `$stop`, so `$stop` may be `max_value!()`.
public macro fun do_eq<$R: drop>($stop: u256, $f: |u256| -> $R) {
    let stop: u256 = $stop;
    let mut i: u256 = 0;
    loop {
        $f(i);
        if (i == stop) break;
        i = i + 1;
    }
}
