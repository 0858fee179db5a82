// Error: 'total' declares return type 'u64' but its body ends with a statement ('sum = a + b;') and so has type '()'
module 0x42::missing_return_value {
    public fun total(a: u64, b: u64): u64 {
        let mut sum = 0;
        sum = a + b;
    }
}
