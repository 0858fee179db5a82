/// Integer macros shared by the standard library: generic loops (`range_do!`, `range_do_eq!`,
/// `do!`, `do_eq!`) and checked shifts and division for any unsigned integer type, plus
/// package-internal arithmetic helpers (min/max, checked and saturating arithmetic, powers,
/// square roots, decimal strings, narrowing casts).
module std::macros;

use std::string::String;

// === Arithmetic (package-internal) ===

public(package) macro fun num_max<$T>($x: $T, $y: $T): $T {
    let x = $x;
    let y = $y;
    if (x < y) y else x
}

public(package) macro fun num_min<$T>($x: $T, $y: $T): $T {
    let x = $x;
    let y = $y;
    if (y < x) y else x
}

public(package) macro fun num_diff<$T>($x: $T, $y: $T): $T {
    let x = $x;
    let y = $y;
    if (x < y) y - x else x - y
}

public(package) macro fun num_divide_and_round_up<$T>($x: $T, $y: $T): $T {
    let x = $x;
    let y = $y;
    let q = x / y;
    if (q * y == x) q else q + 1
}

/// `$base` to the power `$exponent`, by repeated squaring. Aborts on overflow of the result.
public(package) macro fun num_pow<$T>($base: $T, $exponent: u8): $T {
    let mut base = $base;
    let mut e = $exponent;
    let mut result = (1: $T);
    while (e > 0) {
        if ((e & 1) == 1) result = result * base;
        e = e >> 1;
        if (e > 0) base = base * base;
    };
    result
}

/// The integer square root of `$x` (rounded down), computed by Newton's method in the type `$U`;
/// `$bitsize` is the width of `$T`.
public(package) macro fun num_sqrt<$T, $U>($x: $T, $bitsize: u8): $T {
    let x = $x as $U;
    if (x < 2) {
        x as $T
    } else {
        let mut r = x / 2 + 1;
        let mut next = (r + x / r) / 2;
        while (next < r) {
            r = next;
            next = (r + x / r) / 2;
        };
        r as $T
    }
}

/// The decimal digits of `$x`, as a string.
public(package) macro fun num_to_string<$T>($x: $T): String {
    let mut n = $x;
    let mut digits = vector[];
    loop {
        digits.push_back(((n % 10) as u8) + 48);
        n = n / 10;
        if (n == 0) break
    };
    digits.reverse();
    std::string::utf8(digits)
}

public(package) macro fun num_checked_add<$T>($x: $T, $y: $T, $max_t: $T): Option<$T> {
    let x = $x;
    let y = $y;
    let max_t = $max_t;
    if (x <= max_t - y) std::option::some(x + y) else std::option::none()
}

public(package) macro fun num_checked_sub<$T>($x: $T, $y: $T): Option<$T> {
    let x = $x;
    let y = $y;
    if (y <= x) std::option::some(x - y) else std::option::none()
}

public(package) macro fun num_checked_mul<$T>($x: $T, $y: $T, $max_t: $T): Option<$T> {
    let x = $x;
    let y = $y;
    let max_t = $max_t;
    if (x == 0 || y <= max_t / x) std::option::some(x * y) else std::option::none()
}

public(package) macro fun num_checked_div<$T>($x: $T, $y: $T): Option<$T> {
    let x = $x;
    let y = $y;
    if (y != 0) std::option::some(x / y) else std::option::none()
}

public(package) macro fun num_saturating_add<$T>($x: $T, $y: $T, $max_t: $T): $T {
    let x = $x;
    let y = $y;
    let max_t = $max_t;
    if (x <= max_t - y) x + y else max_t
}

public(package) macro fun num_saturating_sub<$T>($x: $T, $y: $T): $T {
    let x = $x;
    let y = $y;
    if (y <= x) x - y else 0
}

public(package) macro fun num_saturating_mul<$T>($x: $T, $y: $T, $max_t: $T): $T {
    let x = $x;
    let y = $y;
    let max_t = $max_t;
    if (x == 0 || y <= max_t / x) x * y else max_t
}

// === Shifts and division ===

/// `some($x << $shift)`, or `none` if `$shift` is not below `$bit_size`, the width of `$T`.
public macro fun num_checked_shl<$T>($x: $T, $shift: u8, $bit_size: u8): Option<$T> {
    let x = $x;
    let shift = $shift;
    let bit_size = $bit_size;
    if (shift < bit_size) std::option::some(x << shift) else std::option::none()
}

/// `some($x >> $shift)`, or `none` if `$shift` is not below `$bit_size`, the width of `$T`.
public macro fun num_checked_shr<$T>($x: $T, $shift: u8, $bit_size: u8): Option<$T> {
    let x = $x;
    let shift = $shift;
    let bit_size = $bit_size;
    if (shift < bit_size) std::option::some(x >> shift) else std::option::none()
}

/// `some($x << $shift)` if no set bit is shifted out, otherwise `none` (also when `$shift` is not
/// below `$bit_size`, the width of `$T`).
public macro fun num_lossless_shl<$T>($x: $T, $shift: u8, $bit_size: u8): Option<$T> {
    let x = $x;
    let shift = $shift;
    let bit_size = $bit_size;
    if (shift >= bit_size) {
        std::option::none()
    } else {
        let shifted = x << shift;
        if ((shifted >> shift) == x) std::option::some(shifted) else std::option::none()
    }
}

/// `some($x >> $shift)` if no set bit is shifted out, otherwise `none` (also when `$shift` is not
/// below `$bit_size`, the width of `$T`).
public macro fun num_lossless_shr<$T>($x: $T, $shift: u8, $bit_size: u8): Option<$T> {
    let x = $x;
    let shift = $shift;
    let bit_size = $bit_size;
    if (shift >= bit_size) {
        std::option::none()
    } else {
        let shifted = x >> shift;
        if ((shifted << shift) == x) std::option::some(shifted) else std::option::none()
    }
}

/// `some($x / $y)` if the division is exact, otherwise `none` (also when `$y` is zero).
public macro fun num_lossless_div<$T>($x: $T, $y: $T): Option<$T> {
    let x = $x;
    let y = $y;
    if (y != 0 && x % y == 0) std::option::some(x / y) else std::option::none()
}

// === Loops ===

/// Calls `$f` on each integer from `$start` (included) to `$stop` (excluded), in increasing order.
public macro fun range_do<$T, $R: drop>($start: $T, $stop: $T, $f: |$T| -> $R) {
    let mut i = $start;
    let stop = $stop;
    while (i < stop) {
        $f(i);
        i = i + 1;
    }
}

/// Calls `$f` on each integer from `$start` to `$stop`, both included, in increasing order. Never
/// steps past `$stop`, so `$stop` may be the largest value of `$T`.
public macro fun range_do_eq<$T, $R: drop>($start: $T, $stop: $T, $f: |$T| -> $R) {
    let mut i = $start;
    let stop = $stop;
    if (i <= stop) {
        loop {
            $f(i);
            if (i == stop) break;
            i = i + 1;
        }
    }
}

/// Calls `$f` on each integer from `0` (included) to `$stop` (excluded), in increasing order.
public macro fun do<$T, $R: drop>($stop: $T, $f: |$T| -> $R) {
    let stop = $stop;
    let mut i = (0: $T);
    while (i < stop) {
        $f(i);
        i = i + 1;
    }
}

/// Calls `$f` on each integer from `0` to `$stop`, both included, in increasing order.
public macro fun do_eq<$T, $R: drop>($stop: $T, $f: |$T| -> $R) {
    let stop = $stop;
    let mut i = (0: $T);
    loop {
        $f(i);
        if (i == stop) break;
        i = i + 1;
    }
}

// === Narrowing casts (package-internal) ===

public(package) macro fun try_as_u8<$T>($x: $T): Option<u8> {
    let x = $x;
    if (x <= 0xFF) std::option::some(x as u8) else std::option::none()
}

public(package) macro fun try_as_u16<$T>($x: $T): Option<u16> {
    let x = $x;
    if (x <= 0xFFFF) std::option::some(x as u16) else std::option::none()
}

public(package) macro fun try_as_u32<$T>($x: $T): Option<u32> {
    let x = $x;
    if (x <= 0xFFFF_FFFF) std::option::some(x as u32) else std::option::none()
}

public(package) macro fun try_as_u64<$T>($x: $T): Option<u64> {
    let x = $x;
    if (x <= 0xFFFF_FFFF_FFFF_FFFF) std::option::some(x as u64) else std::option::none()
}

public(package) macro fun try_as_u128<$T>($x: $T): Option<u128> {
    let x = $x;
    if (x <= 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF) std::option::some(x as u128)
    else std::option::none()
}
