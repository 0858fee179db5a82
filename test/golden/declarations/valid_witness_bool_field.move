// Valid: a one-time witness may have a single `bool` field.
module test::token_b {
    public struct TOKEN_B has drop {
        dummy_field: bool,
    }

    fun init(_otw: TOKEN_B, _ctx: &mut TxContext) {}
}
