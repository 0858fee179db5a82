// Error: 'event::emit' in module 0x42::relay (function 'forward') emits 'Ping', an event type declared in module 0x42::pinger; events must be declared in the emitting module
module 0x42::pinger {
    use sui::event;

    public struct Ping has copy, drop { at: u64 }

    public fun ping(at: u64): Ping { Ping { at } }

    public fun emit_ping(at: u64) { event::emit(Ping { at }) }
}

module 0x42::relay {
    use sui::event;
    use 0x42::pinger;

    public fun forward(at: u64) {
        event::emit(pinger::ping(at));
    }
}
