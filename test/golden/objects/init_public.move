// Error: 'init' is declared 'public'; module initializers must be private (internal to their module)
module 0x42::init_public {
    public struct Registry has key { id: UID, entries: u64 }

    public fun entries(r: &Registry): u64 { r.entries }

    public fun init(ctx: &mut TxContext) {
        transfer::share_object(Registry { id: object::new(ctx), entries: 0 });
    }
}
