// Error: constructing a variant of another module's enum.
module test::a {
    public enum Mode has copy, drop { Fast, Slow }
}
module test::b {
    use test::a::Mode;
    public fun fast(): Mode { Mode::Fast }
}
