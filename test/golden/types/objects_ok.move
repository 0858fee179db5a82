// Valid: a typical object module.
module test::m {
    public struct Item has key, store { id: UID, value: u64 }
    public fun create(value: u64, ctx: &mut TxContext): Item { Item { id: object::new(ctx), value } }
    public fun give(item: Item, to: address) { transfer::public_transfer(item, to) }
    public fun burn(item: Item) { let Item { id, value: _ } = item; id.delete(); }
    public fun value(item: &Item): u64 { item.value }
}
