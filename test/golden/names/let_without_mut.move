// Error: in 2024 a reassigned local must be `let mut`.
module test::m {
    public fun count(): u64 {
        let total = 0;
        total = total + 1;
        total
    }
}
