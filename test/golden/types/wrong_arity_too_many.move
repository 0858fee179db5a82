// Error: too many arguments in the call 'square(x, 2)' in 'run': 'square' takes 1 argument
module 0x42::wrong_arity_too_many {
    public fun square(x: u64): u64 {
        x * x
    }

    public fun run(x: u64): u64 {
        square(x, 2)
    }
}
