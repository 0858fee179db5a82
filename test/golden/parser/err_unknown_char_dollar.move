// Error: `$` not followed by an identifier is not a token (outside macros `$x` names
// a macro parameter; a lone `$` is invalid everywhere).
module 0x42::err_unknown_char_dollar {
    public fun price(amount: u64): u64 {
        let total = amount $ 100;
        total
    }
}
