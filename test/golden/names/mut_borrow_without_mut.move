// Error: in 2024 `&mut x` of a local needs `let mut x`.
module test::m {
    fun bump(x: &mut u64) { *x = *x + 1; }
    public fun run(): u64 {
        let n = 1;
        bump(&mut n);
        n
    }
}
