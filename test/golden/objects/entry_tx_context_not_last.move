// Error: 'entry fun create' takes '&mut TxContext' before 'size: u64'; the TxContext must be the last parameter of an entry function
module 0x42::entry_tx_context_not_last {
    public struct Tank has key { id: UID, size: u64 }

    public fun size(t: &Tank): u64 { t.size }

    entry fun create(ctx: &mut TxContext, size: u64) {
        transfer::transfer(Tank { id: object::new(ctx), size }, ctx.sender());
    }
}
