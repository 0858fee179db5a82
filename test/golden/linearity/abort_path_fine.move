// Valid: on the 'abort' path 'r' (no 'drop') need not be consumed: aborting discards all state, so only the normal path must settle it
module 0x42::abort_path_fine {
    const EZeroAmount: u64 = 1;

    public struct Receipt { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }

    public fun settle_checked(r: Receipt, amount: u64): u64 {
        if (amount == 0) abort EZeroAmount;
        settle(r) + amount
    }

    public fun settle_asserted(r: Receipt): u64 {
        assert!(r.amount > 0, EZeroAmount);
        settle(r)
    }
}
