// Error: a generic function given two type arguments instead of one.
module test::m {
    fun id<T>(x: T): T { x }
    public fun run(): u64 { id<u64, bool>(1) }
}
