// Error: calling a private function of another module.
module test::a {
    fun secret(): u64 { 42 }
    public fun open(): u64 { secret() }
}
module test::b {
    public fun peek(): u64 { test::a::secret() }
}
