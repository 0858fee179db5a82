// Valid: objects created, transferred, shared and deleted.
module test::m {
    public struct Item has key, store { id: UID, value: u64 }
    public struct Board has key { id: UID, count: u64 }
    public fun mint(value: u64, ctx: &mut TxContext): Item { Item { id: object::new(ctx), value } }
    public fun gift(value: u64, to: address, ctx: &mut TxContext) { transfer::public_transfer(mint(value, ctx), to) }
    public fun open_board(ctx: &mut TxContext) { transfer::share_object(Board { id: object::new(ctx), count: 0 }) }
    public fun burn(item: Item): u64 { let Item { id, value } = item; id.delete(); value }
}
