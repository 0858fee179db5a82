// Error: 'registry::register' is a non-public 'entry' function: it is callable from transactions but not from module 0x42::frontend (in 'signup')
module 0x42::registry {
    public struct Entry has key { id: UID, owner: address }

    entry fun register(ctx: &mut TxContext) {
        let e = Entry { id: object::new(ctx), owner: ctx.sender() };
        transfer::transfer(e, ctx.sender());
    }

    public fun owner(e: &Entry): address { e.owner }
}

module 0x42::frontend {
    use 0x42::registry;

    public fun signup(ctx: &mut TxContext) {
        registry::register(ctx);
    }
}
