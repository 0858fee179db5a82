// Valid: 2024 implicit imports (object, UID, ID, transfer, tx_context, TxContext, option, vector).
module test::m {
    public struct Thing has key, store { id: UID, tag: Option<ID>, data: vector<u8> }
    public fun make(ctx: &mut TxContext): Thing {
        Thing { id: object::new(ctx), tag: option::none(), data: vector[] }
    }
    public fun give(t: Thing, ctx: &TxContext) { transfer::public_transfer(t, tx_context::sender(ctx)) }
}
