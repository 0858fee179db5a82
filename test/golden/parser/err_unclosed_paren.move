// Error: a `(` is never closed before the `;`.
module 0x42::err_unclosed_paren {
    public fun scaled(x: u64): u64 {
        let y = (x + 1 * 2;
        y
    }
}
