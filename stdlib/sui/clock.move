/// The network clock: a singleton shared object at `0x6` holding the current time.
///
/// The system sets the time at the start of every consensus commit. Functions take it as `&Clock`
/// (a read-only shared input); `timestamp_ms` gives the time.
module sui::clock;

/// The sender is not `@0x0`, the system address.
const ENotSystemAddress: u64 = 0;

/// The singleton clock, shared at `0x6`.
public struct Clock has key {
    id: UID,
    /// The time of the current consensus commit, as a Unix timestamp in milliseconds.
    timestamp_ms: u64,
}

/// The current time, as a Unix timestamp in milliseconds.
public fun timestamp_ms(clock: &Clock): u64 {
    clock.timestamp_ms
}

/// Create and share the singleton clock. Called once, by the system at genesis.
#[allow(unused_function)]
fun create(ctx: &TxContext) {
    assert!(ctx.sender() == @0x0, ENotSystemAddress);
    transfer::share_object(Clock { id: object::clock(), timestamp_ms: 0 })
}

/// Set the clock to the time of a new consensus commit. Called by the system only.
#[allow(unused_function)]
fun consensus_commit_prologue(clock: &mut Clock, timestamp_ms: u64, ctx: &TxContext) {
    assert!(ctx.sender() == @0x0, ENotSystemAddress);
    clock.timestamp_ms = timestamp_ms
}

// === Test-only ===

/// A new clock, set to the epoch start time of `ctx` (tests only).
#[test_only]
public fun create_for_testing(ctx: &mut TxContext): Clock {
    Clock { id: object::new(ctx), timestamp_ms: ctx.epoch_timestamp_ms() }
}

/// Share `clock` (tests only).
#[test_only]
public fun share_for_testing(clock: Clock) {
    transfer::share_object(clock)
}

/// Move `clock` forward by `tick` milliseconds (tests only).
#[test_only]
public fun increment_for_testing(clock: &mut Clock, tick: u64) {
    clock.timestamp_ms = clock.timestamp_ms + tick
}

/// Set `clock` to `timestamp_ms`, which must not be earlier than its time (tests only).
#[test_only]
public fun set_for_testing(clock: &mut Clock, timestamp_ms: u64) {
    assert!(timestamp_ms >= clock.timestamp_ms);
    clock.timestamp_ms = timestamp_ms
}

/// Destroy `clock` (tests only).
#[test_only]
public fun destroy_for_testing(clock: Clock) {
    let Clock { id, timestamp_ms: _ } = clock;
    id.delete();
}
