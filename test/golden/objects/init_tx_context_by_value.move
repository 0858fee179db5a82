// Error: 'init(ctx: TxContext)' takes the TxContext by value; it must be '&TxContext' or '&mut TxContext'
module 0x42::init_tx_context_by_value {
    public struct Stamp has key { id: UID }

    fun init(mut ctx: TxContext) {
        transfer::share_object(Stamp { id: object::new(&mut ctx) });
    }
}
