// Error: the condition of 'while' in 'countdown' has type 'u64' ('n'); conditions must be 'bool'
module 0x42::non_bool_while_condition {
    public fun countdown(mut n: u64): u64 {
        let mut steps = 0;
        while (n) {
            n = n - 1;
            steps = steps + 1;
        };
        steps
    }
}
