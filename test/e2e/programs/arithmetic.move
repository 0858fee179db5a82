// Integer semantics: wrapping never happens; overflow, underflow, division by zero, shifts past
// the width and lossy casts abort.
module test::arithmetic;

public fun add(a: u64, b: u64): u64 { a + b }
public fun sub(a: u64, b: u64): u64 { a - b }
public fun mul8(a: u8, b: u8): u8 { a * b }
public fun div(a: u64, b: u64): u64 { a / b }
public fun rem(a: u128, b: u128): u128 { a % b }
public fun shl(a: u8, s: u8): u8 { a << s }
public fun shr(a: u256, s: u8): u256 { a >> s }
public fun to_u8(x: u64): u8 { (x as u8) }
public fun widen(x: u8): u256 { (x as u256) * 1000000000000000000000000000000000000000000000000000000000000000000000000000 }
public fun bits(a: u32, b: u32): u32 { (a & b) | (a ^ b) }
public fun max256(): u256 { std::u256::max_value!() }
public fun cmp(a: u16, b: u16): bool { a < b && !(a >= b) || a == b }

//# call add(2, 40) -> 42
//# call add(18446744073709551615, 1) -> ARITHMETIC_ERROR
//# call sub(1, 2) -> ARITHMETIC_ERROR
//# call mul8(16, 16) -> ARITHMETIC_ERROR
//# call mul8(15, 17) -> 255
//# call div(7, 0) -> ARITHMETIC_ERROR
//# call div(7, 2) -> 3
//# call rem(340282366920938463463374607431768211455, 10) -> 5
//# call shl(1, 7) -> 128
//# call shl(255, 4) -> 240
//# call shl(1, 8) -> ARITHMETIC_ERROR
//# call shr(115792089237316195423570985008687907853269984665640564039457584007913129639935, 255) -> 1
//# call to_u8(255) -> 255
//# call to_u8(256) -> ARITHMETIC_ERROR
//# call widen(200) -> ARITHMETIC_ERROR
//# call widen(1) -> 1000000000000000000000000000000000000000000000000000000000000000000000000000
//# call widen(115) -> 115000000000000000000000000000000000000000000000000000000000000000000000000000
//# call bits(12, 10) -> 14
//# call max256() -> 115792089237316195423570985008687907853269984665640564039457584007913129639935
//# call cmp(1, 2) -> true
//# call cmp(3, 2) -> false
//# call cmp(2, 2) -> true
