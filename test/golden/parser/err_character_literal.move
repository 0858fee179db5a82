// Error: Move has no character literals; `'a'` is not a label and not a value.
module 0x42::err_character_literal {
    public fun letter(): u8 {
        let c = 'a';
        c
    }
}
