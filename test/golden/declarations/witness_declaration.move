// Error: one-time witnesses with extra abilities, type parameters, or no `drop`.
module test::wit_a {
    public struct WIT_A has copy, drop {}
}

module test::wit_b {
    public struct WIT_B<phantom T> has drop {}
}

module test::wit_c {
    public struct WIT_C {}
}
