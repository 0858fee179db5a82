// Error: the early 'return 0' in 'settle_if_positive' leaves 'r' (type 'Receipt', no 'drop') unconsumed on that path
module 0x42::early_return_leak {
    public struct Receipt { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }

    public fun settle_if_positive(r: Receipt, amount: u64): u64 {
        if (amount == 0) return 0;
        settle(r) + amount
    }
}
