// Error: match arms must be separated by `,`.
module 0x42::err_match_missing_comma {
    public fun name(x: u8): vector<u8> {
        match (x) {
            0 => b"zero"
            1 => b"one",
            _ => b"many",
        }
    }
}
