/// Conversions of `address` values: to and from integers, bytes and hex strings.
///
/// An address is 32 bytes, read as a big-endian integer where a number is needed.
module sui::address;

use std::ascii;
use std::bcs;
use std::string;
use sui::hex;

/// The length of an address, in bytes.
const LENGTH: u64 = 32;

/// The largest address as an integer: 2^256 - 1.
const MAX: u256 = 115792089237316195423570985008687907853269984665640564039457584007913129639935;

/// `from_bytes` or `from_ascii_bytes` was given input of the wrong length, or not hex.
const EAddressParseError: u64 = 0;

/// `a` as a `u256`, reading its bytes as a big-endian integer (`to_u256(@0x1) == 1`).
public native fun to_u256(a: address): u256;

/// The address whose big-endian bytes encode `n` (`from_u256(1) == @0x1`).
public native fun from_u256(n: u256): address;

/// The address with the 32 bytes `bytes`. Aborts with `EAddressParseError` if `bytes` is not 32
/// bytes long.
public native fun from_bytes(bytes: vector<u8>): address;

/// The 32 bytes of `a` (its BCS encoding).
public fun to_bytes(a: address): vector<u8> {
    bcs::to_bytes(&a)
}

/// `a` as 64 lowercase hex characters, without a `0x` prefix.
public fun to_ascii_string(a: address): ascii::String {
    ascii::string(hex::encode(to_bytes(a)))
}

/// `a` as 64 lowercase hex characters, without a `0x` prefix.
public fun to_string(a: address): string::String {
    string::utf8(hex::encode(to_bytes(a)))
}

/// The address written in `bytes`: exactly 64 hex characters (upper or lower case), without a
/// `0x` prefix. Aborts with `EAddressParseError` otherwise.
public fun from_ascii_bytes(bytes: &vector<u8>): address {
    assert!(bytes.length() == 2 * LENGTH, EAddressParseError);
    let mut raw = vector[];
    let mut i = 0;
    while (i < 2 * LENGTH) {
        let high = hex_char_value(bytes[i]);
        let low = hex_char_value(bytes[i + 1]);
        raw.push_back((high << 4) | low);
        i = i + 2;
    };
    from_bytes(raw)
}

/// The value of the hex digit `c`. Aborts with `EAddressParseError` if it is not one.
fun hex_char_value(c: u8): u8 {
    if (c >= 48 && c <= 57) {
        c - 48
    } else if (c >= 65 && c <= 70) {
        c - 55
    } else if (c >= 97 && c <= 102) {
        c - 87
    } else {
        abort EAddressParseError
    }
}

/// The length of an address, in bytes (32).
public fun length(): u64 {
    LENGTH
}

/// The largest address as an integer: 2^256 - 1.
public fun max(): u256 {
    MAX
}
