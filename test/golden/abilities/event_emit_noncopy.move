// Error: 'event::emit' requires 'T: copy + drop', but the event struct 'Minted' declared in this module has only 'drop'
module 0x42::event_emit_noncopy {
    use sui::event;

    public struct Minted has drop { amount: u64 }

    public fun mint(amount: u64) {
        event::emit(Minted { amount });
    }
}
