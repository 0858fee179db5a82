// Error: duplicate parameter name 'amount' in the signature of 'transfer_between'
module 0x42::duplicate_function_params {
    public fun transfer_between(from: u64, amount: u64, to: u64, amount: u64): (u64, u64) {
        (from - amount, to + amount)
    }
}
