// Error: 'is_even' declares return type 'u64' but its body evaluates to a 'bool' ('n % 2 == 0')
module 0x42::return_wrong_type {
    public fun is_even(n: u64): u64 {
        n % 2 == 0
    }
}
