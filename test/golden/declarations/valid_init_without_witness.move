// Valid: `init` may take only the transaction context, by immutable reference too. A struct named
// like a witness but with fields that rule it out is an ordinary struct.
module test::registry {
    public struct Registry has key {
        id: UID,
        owner: address,
    }

    public struct REGISTRY has store, drop {
        version: u64,
    }

    fun init(ctx: &mut TxContext) {
        transfer::share_object(Registry { id: object::new(ctx), owner: ctx.sender() });
    }

    public fun version(): REGISTRY { REGISTRY { version: 1 } }
}

module test::audit {
    fun init(_ctx: &TxContext) {}
}
