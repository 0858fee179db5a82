// Error: [warning] unused parameter 'memo' of 'pay' (prefix it with '_' or remove it)
module 0x42::unused_parameter {
    public fun pay(amount: u64, memo: vector<u8>): u64 {
        amount * 2
    }
}
