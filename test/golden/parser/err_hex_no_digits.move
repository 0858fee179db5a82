// Error: `0x` must be followed by at least one hexadecimal digit.
module 0x42::err_hex_no_digits {
    public fun zero(): u64 {
        let mask = 0x;
        mask
    }
}
