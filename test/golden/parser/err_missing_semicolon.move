// Error: a `;` is missing between two statements.
module 0x42::err_missing_semicolon {
    public fun sum(a: u64, b: u64): u64 {
        let x = a + 1
        let y = b + 2;
        x + y
    }
}
