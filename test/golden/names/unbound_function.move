// Error: no function `helper` is in scope.
module test::m {
    public fun run(): u64 { helper(1) }
}
