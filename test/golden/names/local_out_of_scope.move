// Error: `inner` is used after its block ended.
module test::m {
    public fun f(): u64 {
        let outer = { let inner = 2; inner + 1 };
        outer + inner
    }
}
