// Error: a lambda is passed to the regular (non-macro) function 'apply' in 'run'; function values exist only as arguments of macro calls
module 0x42::lambda_to_regular_function {
    public fun apply(x: u64, f: u64): u64 { x + f }

    public fun run(): u64 {
        apply(1, |y| y * 2)
    }
}
