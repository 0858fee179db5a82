// Error: 256 does not fit in u8, written and inferred.
module test::m {
    public fun f(): u8 { let a = 256u8; let b: u8 = 300; a + b }
}
