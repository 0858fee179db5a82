// Error: one-time witness 'OTW_GENERIC<phantom T>' has a type parameter; a one-time witness cannot be generic
module 0x42::otw_generic {
    use sui::package;

    public struct OTW_GENERIC<phantom T> has drop {}

    fun init(otw: OTW_GENERIC<u64>, ctx: &mut TxContext) {
        package::claim_and_keep(otw, ctx);
    }
}
