/// The `String` type: a sequence of bytes that is always valid UTF-8, with construction (checked
/// with a native), conversion to and from `std::ascii::String`, and byte-indexed operations that
/// respect character boundaries.
module std::string;

use std::ascii;

/// An invalid UTF8 encoding.
const EInvalidUTF8: u64 = 1;

/// Index out of range.
const EInvalidIndex: u64 = 2;

/// A byte sequence that is guaranteed to be valid UTF-8.
public struct String has copy, drop, store {
    bytes: vector<u8>,
}

/// The string with the given bytes. Aborts if they are not valid UTF-8.
public fun utf8(bytes: vector<u8>): String {
    assert!(internal_check_utf8(&bytes), EInvalidUTF8);
    String { bytes }
}

/// The UTF-8 string with the bytes of the ASCII string `s` (ASCII is a subset of UTF-8).
public fun from_ascii(s: ascii::String): String {
    String { bytes: s.into_bytes() }
}

/// The ASCII string with the bytes of `s`. Aborts if `s` has a non-ASCII character.
public fun to_ascii(s: String): ascii::String {
    ascii::string(s.into_bytes())
}

/// `some` string with the given bytes, or `none` if they are not valid UTF-8.
public fun try_utf8(bytes: vector<u8>): Option<String> {
    if (internal_check_utf8(&bytes)) std::option::some(String { bytes }) else std::option::none()
}

/// A reference to the bytes of `s`.
public fun as_bytes(s: &String): &vector<u8> {
    &s.bytes
}

/// Consumes `s` and returns its bytes.
public fun into_bytes(s: String): vector<u8> {
    let String { bytes } = s;
    bytes
}

/// Whether `s` is the empty string.
public fun is_empty(s: &String): bool {
    s.bytes.length() == 0
}

/// The length of `s` in bytes (not in characters).
public fun length(s: &String): u64 {
    s.bytes.length()
}

/// Appends `r` to the end of `s`.
public fun append(s: &mut String, r: String) {
    s.bytes.append(r.into_bytes());
}

/// Appends `bytes`, which must be valid UTF-8, to the end of `s`. Aborts otherwise.
public fun append_utf8(s: &mut String, bytes: vector<u8>) {
    s.append(utf8(bytes));
}

/// Inserts `o` into `s` at byte index `at`, which must be at most the length of `s` and on a
/// character boundary. Aborts otherwise.
public fun insert(s: &mut String, at: u64, o: String) {
    let len = s.bytes.length();
    assert!(at <= len && internal_is_char_boundary(&s.bytes, at), EInvalidIndex);
    let tail = internal_sub_string(&s.bytes, at, len);
    while (s.bytes.length() > at) {
        s.bytes.pop_back();
    };
    s.bytes.append(o.into_bytes());
    s.bytes.append(tail);
}

/// The part of `s` from byte index `i` (included) to byte index `j` (excluded). Both must be on
/// character boundaries, with `i <= j <= s.length()`, so the result is valid UTF-8. Aborts
/// otherwise.
public fun substring(s: &String, i: u64, j: u64): String {
    let bytes = &s.bytes;
    assert!(i <= j && j <= bytes.length(), EInvalidIndex);
    assert!(internal_is_char_boundary(bytes, i), EInvalidIndex);
    assert!(internal_is_char_boundary(bytes, j), EInvalidIndex);
    String { bytes: internal_sub_string(bytes, i, j) }
}

/// The byte index of the first occurrence of `r` in `s`, or `s.length()` if there is none.
public fun index_of(s: &String, r: &String): u64 {
    internal_index_of(&s.bytes, &r.bytes)
}

// === Natives ===

native fun internal_check_utf8(v: &vector<u8>): bool;

native fun internal_is_char_boundary(v: &vector<u8>, i: u64): bool;

native fun internal_sub_string(v: &vector<u8>, i: u64, j: u64): vector<u8>;

native fun internal_index_of(v: &vector<u8>, r: &vector<u8>): u64;

// === Deprecated ===

#[deprecated(note = b"Use `std::string::as_bytes` instead.")]
/// A reference to the bytes of `s`: the old name of `as_bytes`.
public fun bytes(s: &String): &vector<u8> {
    &s.bytes
}

#[deprecated(note = b"Use `std::string::substring` instead.")]
/// The old name of `substring`.
public fun sub_string(s: &String, i: u64, j: u64): String {
    substring(s, i, j)
}
