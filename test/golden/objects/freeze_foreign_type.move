// Error: 'transfer::freeze_object<Policy>' in module 0x42::auditor (function 'lock') freezes 'Policy', declared in 0x42::policy
module 0x42::policy {
    public struct Policy has key { id: UID, limit: u64 }

    public fun new(limit: u64, ctx: &mut TxContext): Policy { Policy { id: object::new(ctx), limit } }

    public fun limit(p: &Policy): u64 { p.limit }

    public fun publish(p: Policy) { transfer::freeze_object(p) }
}

module 0x42::auditor {
    use 0x42::policy::Policy;

    public fun lock(p: Policy) {
        transfer::freeze_object(p);
    }
}
