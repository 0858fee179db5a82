// Error: `else` without a preceding `if`.
module 0x42::err_stray_else {
    public fun pick(x: u64): u64 {
        let y = x + 1;
        else { y };
        y
    }
}
