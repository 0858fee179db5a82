// Error: local 'receipt' (type 'Receipt', no 'drop') in 'pay' still holds a value when the function returns
module 0x42::dropped_at_scope_end {
    public struct Receipt { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }

    public fun pay(amount: u64): u64 {
        let receipt = issue(amount);
        let recorded = receipt.amount;
        recorded * 2
    }
}
