/// Basic math on `u64` (and `sqrt_u128`).
///
/// Deprecated: use the modules of the integer types instead, such as `std::u64` and `std::u128`,
/// which offer the same functions for every width.
#[deprecated(note = b"Use the module of each integer type instead, e.g. `std::u64`")]
module sui::math;

/// The larger of `x` and `y`.
public fun max(x: u64, y: u64): u64 {
    if (x > y) x else y
}

/// The smaller of `x` and `y`.
public fun min(x: u64, y: u64): u64 {
    if (x < y) x else y
}

/// The absolute difference of `x` and `y`.
public fun diff(x: u64, y: u64): u64 {
    if (x > y) x - y else y - x
}

/// `base` to the power `exponent`. Aborts if the result overflows a `u64`.
public fun pow(mut base: u64, mut exponent: u8): u64 {
    let mut result = 1;
    while (exponent > 0) {
        if (exponent % 2 == 1) {
            result = result * base;
            exponent = exponent - 1;
        } else {
            // `exponent` is at least 2 here, so `base * base` divides the result: if it
            // overflows, so does the result.
            base = base * base;
            exponent = exponent / 2;
        }
    };
    result
}

/// The integer square root of `x`, rounded down.
public fun sqrt(x: u64): u64 {
    (isqrt((x as u128)) as u64)
}

/// The integer square root of `x`, rounded down.
public fun sqrt_u128(x: u128): u128 {
    isqrt(x)
}

/// `x / y`, rounded up. Aborts if `y` is 0.
public fun divide_and_round_up(x: u64, y: u64): u64 {
    if (x % y == 0) x / y else x / y + 1
}

/// The integer square root of `x`, rounded down, computed digit by digit in base 4.
fun isqrt(x: u128): u128 {
    // The largest power of 4 that is at most `x` (or 0 when `x` is 0).
    let mut bit: u128 = 1 << 126;
    while (bit > x) {
        bit = bit >> 2;
    };
    let mut rest = x;
    let mut root: u128 = 0;
    while (bit != 0) {
        if (rest >= root + bit) {
            rest = rest - (root + bit);
            root = (root >> 1) + bit;
        } else {
            root = root >> 1;
        };
        bit = bit >> 2;
    };
    root
}
