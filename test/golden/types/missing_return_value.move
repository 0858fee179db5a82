// Error: 'total' declares return type 'u64' but its body ends with the statement 'a + b;' and so has type '()'
module 0x42::missing_return_value {
    public fun total(a: u64, b: u64): u64 {
        a + b;
    }
}
