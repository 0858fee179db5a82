// Error: 'pending = issue(2);' in 'reissue' overwrites the 'Receipt' (no 'drop') that 'pending' still holds
module 0x42::overwritten_by_assignment {
    public struct Receipt { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }

    public fun reissue(): u64 {
        let mut pending = issue(1);
        pending = issue(2);
        settle(pending)
    }
}
