// Valid: events declared in the emitting module ('copy + drop' structs) and emitted with sui::event::emit
module 0x42::auction_events {
    use sui::event;

    public struct BidPlaced has copy, drop {
        auction: ID,
        bidder: address,
        amount: u64,
    }

    public struct Auction has key {
        id: UID,
        best: u64,
    }

    public fun open(ctx: &mut TxContext) {
        transfer::share_object(Auction { id: object::new(ctx), best: 0 });
    }

    public fun bid(a: &mut Auction, amount: u64, ctx: &TxContext) {
        if (amount > a.best) {
            a.best = amount;
            event::emit(BidPlaced { auction: object::id(a), bidder: ctx.sender(), amount });
        }
    }
}
