// Error: unpack 'let Receipt { amount } = r' in 'settle' does not mention field 'payer' (use 'payer: _' or '..')
module 0x42::unpack_missing_field {
    public struct Receipt { payer: address, amount: u64 }

    public fun issue(payer: address, amount: u64): Receipt { Receipt { payer, amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }
}
