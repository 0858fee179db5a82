module 0x42::key_objects {
    use std::string::String;

    const ENotOwner: u64 = 0;

    /// An owned object: `key` plus `store` so anyone may transfer it.
    public struct Ticket has key, store {
        id: UID,
        event: String,
        seat: u32,
    }

    /// A key-only object: only this module may transfer it.
    public struct Badge has key {
        id: UID,
        owner: address,
        points: u64,
    }

    /// Objects can hold other objects.
    public struct Wallet has key {
        id: UID,
        tickets: vector<Ticket>,
    }

    public fun issue(event: String, seat: u32, ctx: &mut TxContext): Ticket {
        Ticket { id: object::new(ctx), event, seat }
    }

    public fun badge(ctx: &mut TxContext) {
        let sender = tx_context::sender(ctx);
        let b = Badge { id: object::new(ctx), owner: sender, points: 0 };
        transfer::transfer(b, sender);
    }

    public fun award(b: &mut Badge, points: u64, ctx: &TxContext) {
        assert!(b.owner == ctx.sender(), ENotOwner);
        b.points = b.points + points;
    }

    public fun badge_id(b: &Badge): ID { object::id(b) }

    public fun uid_address(b: &Badge): address { b.id.to_address() }

    public fun wallet(ctx: &mut TxContext): Wallet {
        Wallet { id: object::new(ctx), tickets: vector[] }
    }

    public fun store(w: &mut Wallet, t: Ticket) { w.tickets.push_back(t) }

    public fun burn(t: Ticket) {
        let Ticket { id, event: _, seat: _ } = t;
        id.delete();
    }

    public fun share_wallet(w: Wallet) { transfer::share_object(w) }

    public fun freeze_ticket(t: Ticket) { transfer::public_freeze_object(t) }
}
