// Error: 'init(w: Witness, ctx)': the first parameter must be the one-time witness named after the module ('OTW_WRONG_NAME_IN_INIT'), not 'Witness'
module 0x42::otw_wrong_name_in_init {
    use sui::package;

    public struct Witness has drop {}

    fun init(w: Witness, ctx: &mut TxContext) {
        package::claim_and_keep(w, ctx);
    }
}
