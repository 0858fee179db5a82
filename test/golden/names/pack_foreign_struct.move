// Error: packing a struct of another module.
module test::a {
    public struct Token has drop { v: u64 }
}
module test::b {
    use test::a::Token;
    public fun forge(): Token { Token { v: 1 } }
}
