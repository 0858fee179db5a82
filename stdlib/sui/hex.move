/// Hexadecimal encoding and decoding of byte vectors.
module sui::hex;

/// The input to `decode` has an odd number of characters.
const EInvalidHexLength: u64 = 0;

/// The input to `decode` has a character that is not a hex digit.
const ENotValidHexCharacter: u64 = 1;

/// `bytes` as lowercase hex: two ASCII characters per byte, most significant digit first.
public fun encode(bytes: vector<u8>): vector<u8> {
    let mut out = vector[];
    let len = bytes.length();
    let mut i = 0;
    while (i < len) {
        let b = bytes[i];
        out.push_back(digit(b >> 4));
        out.push_back(digit(b & 15));
        i = i + 1;
    };
    out
}

/// The bytes written in `hex`, two hex digits (upper or lower case) per byte. Aborts with
/// `EInvalidHexLength` if `hex` has an odd length and with `ENotValidHexCharacter` on a character
/// that is not a hex digit.
public fun decode(hex: vector<u8>): vector<u8> {
    let len = hex.length();
    assert!(len % 2 == 0, EInvalidHexLength);
    let mut out = vector[];
    let mut i = 0;
    while (i < len) {
        let high = value(hex[i]);
        let low = value(hex[i + 1]);
        out.push_back((high << 4) | low);
        i = i + 2;
    };
    out
}

/// The ASCII character of the hex digit `d` (0 to 15), lowercase.
fun digit(d: u8): u8 {
    if (d < 10) {
        d + 48 // '0'
    } else {
        d + 87 // 'a' - 10
    }
}

/// The value of the hex digit `c`. Aborts with `ENotValidHexCharacter` if it is not one.
fun value(c: u8): u8 {
    if (c >= 48 && c <= 57) {
        c - 48 // '0'..'9'
    } else if (c >= 97 && c <= 102) {
        c - 87 // 'a'..'f'
    } else if (c >= 65 && c <= 70) {
        c - 55 // 'A'..'F'
    } else {
        abort ENotValidHexCharacter
    }
}
