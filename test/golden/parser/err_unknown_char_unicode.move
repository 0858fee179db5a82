// Error: non-ASCII characters are not allowed outside comments (here a Unicode arrow
// and a non-ASCII identifier).
module 0x42::err_unknown_char_unicode {
    public fun next(x: u64): u64 {
        let café = x → 1;
        café
    }
}
