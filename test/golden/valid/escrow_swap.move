// Valid: an escrow that locks a 'key + store' object and releases it only against the expected counter-object, checked by ID
module 0x42::escrow {
    const EMismatch: u64 = 1;

    public struct Escrow<T: key + store> has key {
        id: UID,
        seller: address,
        wants: ID,
        item: T,
    }

    public fun create<T: key + store>(item: T, wants: ID, ctx: &mut TxContext) {
        transfer::share_object(Escrow { id: object::new(ctx), seller: ctx.sender(), wants, item });
    }

    public fun settle<T: key + store, U: key + store>(escrow: Escrow<T>, payment: U): T {
        let Escrow { id, seller, wants, item } = escrow;
        assert!(object::id(&payment) == wants, EMismatch);
        transfer::public_transfer(payment, seller);
        id.delete();
        item
    }
}
