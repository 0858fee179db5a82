// Error: 'forge_publisher' packs the one-time witness 'OTW_PACKED_BY_USER {}' itself; only the runtime creates it, as the argument of 'init'
module 0x42::otw_packed_by_user {
    use sui::package::{Self, Publisher};

    public struct OTW_PACKED_BY_USER has drop {}

    fun init(otw: OTW_PACKED_BY_USER, ctx: &mut TxContext) {
        package::claim_and_keep(otw, ctx);
    }

    public fun forge_publisher(ctx: &mut TxContext): Publisher {
        package::claim(OTW_PACKED_BY_USER {}, ctx)
    }
}
