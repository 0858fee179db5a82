// Error: the condition of 'if' in 'describe' has type 'u64'; conditions must be 'bool'
module 0x42::non_bool_condition {
    public fun describe(count: u64): u8 {
        if (count) 1 else 0
    }
}
