// Error: in 'maybe_settle', 'r' (no 'drop') is consumed in the 'if' branch only; on the implicit else path it is still alive at the end
module 0x42::dropped_in_one_branch {
    public struct Receipt { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }

    public fun maybe_settle(r: Receipt, now: bool): u64 {
        let mut paid = 0;
        if (now) {
            paid = settle(r);
        };
        paid
    }
}
