// Error: unpacking a struct of another module.
module test::a {
    public struct Token has drop { v: u64 }
    public fun mint(): Token { Token { v: 1 } }
}
module test::b {
    use test::a::Token;
    public fun open(t: Token): u64 { let Token { v } = t; v }
}
