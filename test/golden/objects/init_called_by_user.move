// Error: 'reinit' calls the module initializer 'init' directly; initializers run only once, at publish
module 0x42::init_called_by_user {
    public struct Registry has key { id: UID, entries: u64 }

    public fun entries(r: &Registry): u64 { r.entries }

    fun init(ctx: &mut TxContext) {
        transfer::share_object(Registry { id: object::new(ctx), entries: 0 });
    }

    public fun reinit(ctx: &mut TxContext) {
        init(ctx);
    }
}
