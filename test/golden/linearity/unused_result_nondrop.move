// Error: the statement 'issue(7);' in 'lose' discards the returned 'Receipt', which has no 'drop'
module 0x42::unused_result_nondrop {
    public struct Receipt { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }

    public fun lose() {
        issue(7);
    }
}
