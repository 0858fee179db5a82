module 0x42::byte_and_hex_strings {
    const GREETING: vector<u8> = b"hello";
    const EMPTY_BYTES: vector<u8> = b"";
    const EMPTY_HEX: vector<u8> = x"";

    public fun escapes(): vector<u8> {
        b"hello\n\t\\\"\x41\0"
    }

    public fun more_escapes(): vector<vector<u8>> {
        vector[b"\r\n", b"\x00\xFF\xab", b"quote: \" backslash: \\", b"tab\there"]
    }

    public fun hex(): vector<vector<u8>> {
        vector[x"00ff", x"DEADbeef", x"", x"0123456789abcdef"]
    }

    public fun non_ascii_looking(): vector<u8> {
        b"{ } [ ] ( ) ; , // not a comment /* nor this */"
    }

    public fun consts(): (vector<u8>, vector<u8>, vector<u8>) {
        (GREETING, EMPTY_BYTES, EMPTY_HEX)
    }

    public fun lengths(): u64 {
        b"abc".length() + x"0102".length()
    }

    public fun as_string(): std::string::String {
        std::string::utf8(b"caf\xC3\xA9")
    }
}
