// Error: a byte string is missing its closing quote before the end of the line.
module 0x42::err_unterminated_byte_string {
    const NAME: vector<u8> = b"deed;

    public fun name(): vector<u8> { NAME }
}
