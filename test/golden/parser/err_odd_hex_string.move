// Error: a hex string must hold an even number of hex digits.
module 0x42::err_odd_hex_string {
    const MAGIC: vector<u8> = x"abc";

    public fun magic(): vector<u8> { MAGIC }
}
