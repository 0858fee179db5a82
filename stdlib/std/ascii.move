/// ASCII strings and characters: `String`, whose bytes are all valid ASCII (`0x00`-`0x7F`), and
/// `Char`, one such byte; with checked construction, printability tests, case conversion,
/// slicing and search.
module std::ascii;

/// `.to_string()` on an ASCII `String`: the UTF-8 `std::string::String` with the same bytes.
public use fun std::string::from_ascii as String.to_string;

/// An invalid ASCII character was encountered when creating an ASCII string.
const EInvalidASCIICharacter: u64 = 0x10000;
/// An invalid index was encountered when creating a substring.
const EInvalidIndex: u64 = 0x10001;

/// A byte sequence whose bytes are all valid ASCII characters. They need not all be printable:
/// see `all_characters_printable`.
public struct String has copy, drop, store {
    bytes: vector<u8>,
}

/// One ASCII character.
public struct Char has copy, drop, store {
    byte: u8,
}

/// The character with code `byte`. Aborts if `byte` is not valid ASCII.
public fun char(byte: u8): Char {
    assert!(is_valid_char(byte), EInvalidASCIICharacter);
    Char { byte }
}

/// The ASCII string with the given bytes. Aborts if one of them is not valid ASCII.
public fun string(bytes: vector<u8>): String {
    assert!(all_valid(&bytes), EInvalidASCIICharacter);
    String { bytes }
}

/// `some` ASCII string with the given bytes, or `none` if one of them is not valid ASCII.
public fun try_string(bytes: vector<u8>): Option<String> {
    if (all_valid(&bytes)) std::option::some(String { bytes }) else std::option::none()
}

/// Whether every character of `string` is printable (`0x20`-`0x7E`).
public fun all_characters_printable(string: &String): bool {
    let bytes = &string.bytes;
    let n = bytes.length();
    let mut i = 0;
    while (i < n && is_printable_char(bytes[i])) i = i + 1;
    i == n
}

/// Adds `char` at the end of `string`.
public fun push_char(string: &mut String, char: Char) {
    string.bytes.push_back(char.byte);
}

/// Removes and returns the last character of `string`. Aborts if it is empty.
public fun pop_char(string: &mut String): Char {
    let byte = string.bytes.pop_back();
    Char { byte }
}

/// The number of characters (bytes) in `string`.
public fun length(string: &String): u64 {
    string.bytes.length()
}

/// Appends `other` to the end of `string`.
public fun append(string: &mut String, other: String) {
    string.bytes.append(other.into_bytes());
}

/// Inserts `o` into `s` at index `at`. Aborts if `at` is greater than the length of `s`.
public fun insert(s: &mut String, at: u64, o: String) {
    assert!(at <= s.bytes.length(), EInvalidIndex);
    let mut tail = vector[];
    while (s.bytes.length() > at) tail.push_back(s.bytes.pop_back());
    tail.reverse();
    s.bytes.append(o.into_bytes());
    s.bytes.append(tail);
}

/// The characters of `string` from index `i` (included) to `j` (excluded).
/// Aborts unless `i <= j <= string.length()`.
public fun substring(string: &String, i: u64, j: u64): String {
    assert!(i <= j && j <= string.bytes.length(), EInvalidIndex);
    let mut bytes = vector[];
    let mut k = i;
    while (k < j) {
        bytes.push_back(string.bytes[k]);
        k = k + 1;
    };
    String { bytes }
}

/// A reference to the bytes of `string`.
public fun as_bytes(string: &String): &vector<u8> {
    &string.bytes
}

/// Consumes `string` and returns its bytes.
public fun into_bytes(string: String): vector<u8> {
    let String { bytes } = string;
    bytes
}

/// The code of `char`.
public fun byte(char: Char): u8 {
    let Char { byte } = char;
    byte
}

/// Whether `b` is a valid ASCII code (at most `0x7F`).
public fun is_valid_char(b: u8): bool {
    b < 0x80
}

/// Whether `byte` is a printable ASCII character: from space (`0x20`) to `~` (`0x7E`), so neither
/// a control character nor DEL.
public fun is_printable_char(byte: u8): bool {
    0x20 <= byte && byte < 0x7F
}

/// Whether `string` has no characters.
public fun is_empty(string: &String): bool {
    string.bytes.length() == 0
}

/// A copy of `string` with the letters `a`-`z` turned into `A`-`Z`.
public fun to_uppercase(string: &String): String {
    let n = string.bytes.length();
    let mut bytes = vector[];
    let mut i = 0;
    while (i < n) {
        bytes.push_back(char_to_uppercase(string.bytes[i]));
        i = i + 1;
    };
    String { bytes }
}

/// A copy of `string` with the letters `A`-`Z` turned into `a`-`z`.
public fun to_lowercase(string: &String): String {
    let n = string.bytes.length();
    let mut bytes = vector[];
    let mut i = 0;
    while (i < n) {
        bytes.push_back(char_to_lowercase(string.bytes[i]));
        i = i + 1;
    };
    String { bytes }
}

/// The index of the first occurrence of `substr` in `string`: `0` if `substr` is empty, the length
/// of `string` if it does not occur.
public fun index_of(string: &String, substr: &String): u64 {
    let hay = &string.bytes;
    let needle = &substr.bytes;
    let n = hay.length();
    let m = needle.length();
    if (m > n) return n;
    let mut start = 0;
    while (start + m <= n) {
        let mut k = 0;
        while (k < m && hay[start + k] == needle[k]) k = k + 1;
        if (k == m) return start;
        start = start + 1;
    };
    n
}

/// `byte` turned into upper case if it is a lower-case letter, otherwise `byte` itself.
fun char_to_uppercase(byte: u8): u8 {
    if (0x61 <= byte && byte <= 0x7A) byte - 0x20 else byte
}

/// `byte` turned into lower case if it is an upper-case letter, otherwise `byte` itself.
fun char_to_lowercase(byte: u8): u8 {
    if (0x41 <= byte && byte <= 0x5A) byte + 0x20 else byte
}

/// Whether every byte of `bytes` is valid ASCII.
fun all_valid(bytes: &vector<u8>): bool {
    let n = bytes.length();
    let mut i = 0;
    while (i < n && is_valid_char(bytes[i])) i = i + 1;
    i == n
}
