// Valid: sharing analysis: 'sui::clock::Clock' is a system object that is always shared (object 0x6), so any function taking it is consensus
// Expect: fun lock -> consensus (parameter clock: &Clock; Clock is always shared)
// Expect: fun is_unlocked -> consensus (parameter clock: &Clock; 'lock: &TimeLock' alone would be fast)
// Expect: fun unlock_at -> fast (parameter lock: &TimeLock; TimeLock is key-only and only transferred, at line 15)
module 0x42::timelock {
    use sui::clock::Clock;

    public struct TimeLock has key {
        id: UID,
        unlock_at: u64,
    }

    public fun lock(duration_ms: u64, clock: &Clock, recipient: address, ctx: &mut TxContext) {
        let lock = TimeLock { id: object::new(ctx), unlock_at: clock.timestamp_ms() + duration_ms };
        transfer::transfer(lock, recipient);
    }

    public fun is_unlocked(lock: &TimeLock, clock: &Clock): bool {
        clock.timestamp_ms() >= lock.unlock_at
    }

    public fun unlock_at(lock: &TimeLock): u64 {
        lock.unlock_at
    }
}
