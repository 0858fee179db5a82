// Error: [warning] (Sui lint 'uncallable_function') 'entry fun tick' takes '&mut Clock'; the system Clock can only be passed by immutable reference, so no transaction can call it
module 0x42::entry_mut_clock {
    use sui::clock::Clock;

    public struct Log has key { id: UID, last: u64 }

    entry fun tick(log: &mut Log, clock: &mut Clock) {
        log.last = clock.timestamp_ms();
    }
}
