// Error: `g` and `z` are not hexadecimal digits.
module 0x42::err_hex_string_bad_digit {
    public fun bytes(): vector<u8> {
        x"0g1z"
    }
}
