/// BCS (Binary Canonical Serialization) encoding and decoding in Move.
///
/// Encoding is `to_bytes`, which any value supports. Decoding goes through a `BCS` reader: wrap the
/// bytes with `new`, then "peel" values off the front in the order they were encoded, and take
/// what is left with `into_remainder_bytes`. The format, for the types Move has:
/// - `address`: its 32 bytes;
/// - `bool`: one byte, 0 or 1;
/// - `u8`..`u256`: little-endian bytes (1, 2, 4, 8, 16, 32 of them);
/// - `vector<T>`: the length as ULEB128, then the elements;
/// - `Option<T>`: a `bool` tag (0 for none, 1 for some), then the value if any;
/// - enums: the variant index as ULEB128, then the fields.
///
/// ```
/// let mut reader = bcs::new(bytes);
/// let (flag, amount) = (reader.peel_bool(), reader.peel_u64());
/// let rest = reader.into_remainder_bytes();
/// ```
module sui::bcs;

use sui::address;

/// There are fewer bytes left than the value needs.
const EOutOfRange: u64 = 0;

/// A `bool` byte is neither 0 nor 1.
const ENotBool: u64 = 1;

/// A ULEB128 length is longer than allowed, or does not fit in a `u32`.
const ELenOutOfRange: u64 = 2;

/// The largest `u32`, the bound on vector lengths and enum tags.
const MAX_U32: u64 = 4294967295;

/// A reader over BCS bytes. The bytes are kept in reverse order so that each byte is taken with a
/// cheap `pop_back`.
public struct BCS has copy, drop, store {
    bytes: vector<u8>,
}

/// The BCS encoding of `value`.
public fun to_bytes<T>(value: &T): vector<u8> {
    std::bcs::to_bytes(value)
}

/// A reader over `bytes`.
public fun new(mut bytes: vector<u8>): BCS {
    bytes.reverse();
    BCS { bytes }
}

/// The bytes not read yet, in their original order, consuming the reader.
public fun into_remainder_bytes(bcs: BCS): vector<u8> {
    let BCS { mut bytes } = bcs;
    bytes.reverse();
    bytes
}

/// Read an `address` (32 bytes). Aborts with `EOutOfRange` if fewer bytes are left.
public fun peel_address(bcs: &mut BCS): address {
    let len = address::length();
    assert!(bcs.bytes.length() >= len, EOutOfRange);
    let mut raw = vector[];
    let mut i = 0;
    while (i < len) {
        raw.push_back(bcs.bytes.pop_back());
        i = i + 1;
    };
    address::from_bytes(raw)
}

/// Read a `bool`. Aborts with `ENotBool` if the byte is neither 0 nor 1.
public fun peel_bool(bcs: &mut BCS): bool {
    let byte = bcs.peel_u8();
    if (byte == 0) {
        false
    } else if (byte == 1) {
        true
    } else {
        abort ENotBool
    }
}

/// Read a `u8`. Aborts with `EOutOfRange` if no byte is left.
public fun peel_u8(bcs: &mut BCS): u8 {
    assert!(bcs.bytes.length() >= 1, EOutOfRange);
    bcs.bytes.pop_back()
}

/// Read a `u16` (2 bytes, little-endian).
public fun peel_u16(bcs: &mut BCS): u16 {
    (bcs.peel_le(2) as u16)
}

/// Read a `u32` (4 bytes, little-endian).
public fun peel_u32(bcs: &mut BCS): u32 {
    (bcs.peel_le(4) as u32)
}

/// Read a `u64` (8 bytes, little-endian).
public fun peel_u64(bcs: &mut BCS): u64 {
    (bcs.peel_le(8) as u64)
}

/// Read a `u128` (16 bytes, little-endian).
public fun peel_u128(bcs: &mut BCS): u128 {
    (bcs.peel_le(16) as u128)
}

/// Read a `u256` (32 bytes, little-endian).
public fun peel_u256(bcs: &mut BCS): u256 {
    bcs.peel_le(32)
}

/// Read `size` bytes as a little-endian unsigned integer. Aborts with `EOutOfRange` if fewer
/// bytes are left.
fun peel_le(bcs: &mut BCS, size: u64): u256 {
    assert!(bcs.bytes.length() >= size, EOutOfRange);
    let mut value: u256 = 0;
    let mut shift: u8 = 0;
    let mut i = 0;
    while (i < size) {
        let byte = bcs.bytes.pop_back();
        value = value | ((byte as u256) << shift);
        // The last shift would be 256 for a `u256`, which does not fit in a `u8`: stop before it.
        if (i + 1 < size) {
            shift = shift + 8;
        };
        i = i + 1;
    };
    value
}

// === Vectors ===

/// Read a ULEB128-encoded length, as at the start of a vector. Aborts with `ELenOutOfRange` if the
/// encoding is longer than 5 bytes or the value does not fit in a `u32`, and with `EOutOfRange`
/// if the bytes run out.
public fun peel_vec_length(bcs: &mut BCS): u64 {
    let mut total: u64 = 0;
    let mut shift: u8 = 0;
    loop {
        assert!(shift <= 28, ELenOutOfRange);
        let byte = (bcs.peel_u8() as u64);
        total = total | ((byte & 0x7f) << shift);
        if ((byte & 0x80) == 0) {
            break
        };
        shift = shift + 7;
    };
    assert!(total <= MAX_U32, ELenOutOfRange);
    total
}

/// Read a vector, each element with `$peel`.
public macro fun peel_vec<$T>($bcs: &mut BCS, $peel: |&mut BCS| -> $T): vector<$T> {
    let bcs = $bcs;
    let len = bcs.peel_vec_length();
    let mut elements = vector[];
    let mut i = 0;
    while (i < len) {
        elements.push_back($peel(bcs));
        i = i + 1;
    };
    elements
}

/// Read a `vector<address>`.
public fun peel_vec_address(bcs: &mut BCS): vector<address> {
    let len = bcs.peel_vec_length();
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.peel_address());
        i = i + 1;
    };
    v
}

/// Read a `vector<bool>`.
public fun peel_vec_bool(bcs: &mut BCS): vector<bool> {
    let len = bcs.peel_vec_length();
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.peel_bool());
        i = i + 1;
    };
    v
}

/// Read a `vector<u8>`.
public fun peel_vec_u8(bcs: &mut BCS): vector<u8> {
    let len = bcs.peel_vec_length();
    assert!(bcs.bytes.length() >= len, EOutOfRange);
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.bytes.pop_back());
        i = i + 1;
    };
    v
}

/// Read a `vector<vector<u8>>`.
public fun peel_vec_vec_u8(bcs: &mut BCS): vector<vector<u8>> {
    let len = bcs.peel_vec_length();
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.peel_vec_u8());
        i = i + 1;
    };
    v
}

/// Read a `vector<u16>`.
public fun peel_vec_u16(bcs: &mut BCS): vector<u16> {
    let len = bcs.peel_vec_length();
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.peel_u16());
        i = i + 1;
    };
    v
}

/// Read a `vector<u32>`.
public fun peel_vec_u32(bcs: &mut BCS): vector<u32> {
    let len = bcs.peel_vec_length();
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.peel_u32());
        i = i + 1;
    };
    v
}

/// Read a `vector<u64>`.
public fun peel_vec_u64(bcs: &mut BCS): vector<u64> {
    let len = bcs.peel_vec_length();
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.peel_u64());
        i = i + 1;
    };
    v
}

/// Read a `vector<u128>`.
public fun peel_vec_u128(bcs: &mut BCS): vector<u128> {
    let len = bcs.peel_vec_length();
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.peel_u128());
        i = i + 1;
    };
    v
}

/// Read a `vector<u256>`.
public fun peel_vec_u256(bcs: &mut BCS): vector<u256> {
    let len = bcs.peel_vec_length();
    let mut v = vector[];
    let mut i = 0;
    while (i < len) {
        v.push_back(bcs.peel_u256());
        i = i + 1;
    };
    v
}

// === Enums ===

/// Read the variant index of an enum value (ULEB128). Aborts with `ELenOutOfRange` if it does
/// not fit in a `u32`.
public fun peel_enum_tag(bcs: &mut BCS): u32 {
    (bcs.peel_vec_length() as u32)
}

// === Options ===

/// Read an `Option`, the value (if any) with `$peel`.
public macro fun peel_option<$T>($bcs: &mut BCS, $peel: |&mut BCS| -> $T): Option<$T> {
    let bcs = $bcs;
    if (bcs.peel_bool()) {
        option::some($peel(bcs))
    } else {
        option::none()
    }
}

/// Read an `Option<address>`.
public fun peel_option_address(bcs: &mut BCS): Option<address> {
    if (bcs.peel_bool()) option::some(bcs.peel_address()) else option::none()
}

/// Read an `Option<bool>`.
public fun peel_option_bool(bcs: &mut BCS): Option<bool> {
    if (bcs.peel_bool()) option::some(bcs.peel_bool()) else option::none()
}

/// Read an `Option<u8>`.
public fun peel_option_u8(bcs: &mut BCS): Option<u8> {
    if (bcs.peel_bool()) option::some(bcs.peel_u8()) else option::none()
}

/// Read an `Option<u16>`.
public fun peel_option_u16(bcs: &mut BCS): Option<u16> {
    if (bcs.peel_bool()) option::some(bcs.peel_u16()) else option::none()
}

/// Read an `Option<u32>`.
public fun peel_option_u32(bcs: &mut BCS): Option<u32> {
    if (bcs.peel_bool()) option::some(bcs.peel_u32()) else option::none()
}

/// Read an `Option<u64>`.
public fun peel_option_u64(bcs: &mut BCS): Option<u64> {
    if (bcs.peel_bool()) option::some(bcs.peel_u64()) else option::none()
}

/// Read an `Option<u128>`.
public fun peel_option_u128(bcs: &mut BCS): Option<u128> {
    if (bcs.peel_bool()) option::some(bcs.peel_u128()) else option::none()
}

/// Read an `Option<u256>`.
public fun peel_option_u256(bcs: &mut BCS): Option<u256> {
    if (bcs.peel_bool()) option::some(bcs.peel_u256()) else option::none()
}
