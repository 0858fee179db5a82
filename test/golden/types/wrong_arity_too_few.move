// Error: too few arguments in the call 'clamp(v, 10)' in 'run': 'clamp' takes 3 arguments
module 0x42::wrong_arity_too_few {
    public fun clamp(v: u64, lo: u64, hi: u64): u64 {
        if (v < lo) lo else if (v > hi) hi else v
    }

    public fun run(v: u64): u64 {
        clamp(v, 10)
    }
}
