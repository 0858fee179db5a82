/// Events: values a transaction publishes for off-chain readers.
///
/// An event is any `copy + drop` struct of the calling module. Emitted events are recorded in the
/// transaction's effects with the sender, the emitting package and module, the type and the
/// BCS-encoded contents; Move code cannot read them back (except in tests).
module sui::event;

/// Emit `event`. Only the module that defines `T` may call this.
public native fun emit<T: copy + drop>(event: T);

/// All events of type `T` emitted so far in the current transaction, in order (tests only).
#[test_only]
public native fun events_by_type<T: copy + drop>(): vector<T>;

/// The number of events emitted so far in the current transaction (tests only).
#[test_only]
public native fun num_events(): u32;
