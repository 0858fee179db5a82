// Valid: `use` at the start of a block, in scope for that block.
module test::m {
    public fun f(): u64 {
        use std::string::utf8;
        let s = utf8(b"abc");
        s.length()
    }
}
