// Error: `\q` is not a valid escape in a byte string; `\x4` is an incomplete hex escape.
module 0x42::err_bad_escape {
    public fun messages(): vector<vector<u8>> {
        vector[b"ok\n", b"bad \q escape", b"short \x4"]
    }
}
