// Error: one-time witness 'OTW_WITH_FIELDS' has a 'u64' field; a one-time witness has no fields (or a single 'bool')
module 0x42::otw_with_fields {
    use sui::package;

    public struct OTW_WITH_FIELDS has drop { nonce: u64 }

    fun init(otw: OTW_WITH_FIELDS, ctx: &mut TxContext) {
        package::claim_and_keep(otw, ctx);
    }
}
