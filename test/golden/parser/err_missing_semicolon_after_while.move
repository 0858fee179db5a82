// Error: a block-ending statement (`while { ... }`) followed by another statement
// still needs a `;` separator.
module 0x42::err_missing_semicolon_after_while {
    public fun count(n: u64): u64 {
        let mut i = 0;
        while (i < n) {
            i = i + 1;
        }
        i
    }
}
