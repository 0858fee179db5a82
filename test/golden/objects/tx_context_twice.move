// Error: [warning] (Sui lint 'uncallable_function') 'split_and_log' takes both '&mut TxContext' and '&TxContext'; a '&mut TxContext' must be the only TxContext parameter, so no transaction can call it
module 0x42::tx_context_twice {
    public struct Slip has key { id: UID, epoch: u64 }

    public fun split_and_log(ctx: &mut TxContext, view: &TxContext): Slip {
        Slip { id: object::new(ctx), epoch: view.epoch() }
    }

    public fun epoch(s: &Slip): u64 { s.epoch }
}
