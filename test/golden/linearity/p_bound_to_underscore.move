// Error: 'let _ = issue(5);' in 'discard' binds a 'Receipt' (no 'drop') to the wildcard '_', which drops it
module 0x42::bound_to_underscore {
    public struct Receipt { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }

    public fun discard() {
        let _ = issue(5);
    }
}
