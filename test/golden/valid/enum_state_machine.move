// Valid: an order state machine as an enum: by-value matches that rebuild the state, 'abort' in arms, '..' in variant patterns
module test::order_state;

const EInvalidTransition: u64 = 1;

public enum State has copy, drop, store {
    Created,
    Paid { amount: u64 },
    Shipped { amount: u64, tracking: u64 },
    Cancelled,
}

public fun new(): State { State::Created }
public fun pay(s: State, amount: u64): State {
    match (s) {
        State::Created => State::Paid { amount },
        _ => abort EInvalidTransition,
    }
}

public fun ship(s: State, tracking: u64): State {
    match (s) {
        State::Paid { amount } => State::Shipped { amount, tracking },
        _ => abort EInvalidTransition,
    }
}

public fun cancel(s: State): State {
    match (s) {
        State::Created | State::Paid { .. } => State::Cancelled,
        State::Shipped { .. } | State::Cancelled => abort EInvalidTransition,
    }
}

public fun tracking(s: &State): Option<u64> {
    match (s) {
        State::Shipped { tracking, .. } => option::some(*tracking),
        _ => option::none(),
    }
}
