// Error: 'event::emit(amount)' in 'log' emits a 'u64'; the event type must be a struct declared in the calling module
module 0x42::emit_primitive_event {
    use sui::event;

    public fun log(amount: u64) {
        event::emit(amount);
    }
}
