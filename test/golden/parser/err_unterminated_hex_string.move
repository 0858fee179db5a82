// Error: a hex string is missing its closing quote.
module 0x42::err_unterminated_hex_string {
    public fun magic(): vector<u8> {
        x"00ff
    }
}
