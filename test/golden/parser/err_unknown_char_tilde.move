// Error: `~` is not a Move operator (bitwise not does not exist).
module 0x42::err_unknown_char_tilde {
    public fun invert(x: u8): u8 {
        ~x
    }
}
