// Error: one-time witness 'OTW_WRONG_ABILITIES' declares 'copy, drop'; a one-time witness may only have 'drop'
module 0x42::otw_wrong_abilities {
    use sui::package;

    public struct OTW_WRONG_ABILITIES has copy, drop {}

    fun init(otw: OTW_WRONG_ABILITIES, ctx: &mut TxContext) {
        package::claim_and_keep(otw, ctx);
    }
}
