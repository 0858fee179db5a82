// Valid: a one-time witness (named after the module, only drop, no fields) passed to init, which claims the Publisher and shares a fresh registry
module 0x42::registry_app {
    use sui::package;

    public struct REGISTRY_APP has drop {}

    public struct Registry has key {
        id: UID,
        members: u64,
    }

    fun init(otw: REGISTRY_APP, ctx: &mut TxContext) {
        package::claim_and_keep(otw, ctx);
        transfer::share_object(Registry { id: object::new(ctx), members: 0 });
    }

    public fun join(r: &mut Registry) {
        r.members = r.members + 1;
    }

    public fun members(r: &Registry): u64 {
        r.members
    }
}
