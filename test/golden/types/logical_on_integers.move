// Error: '&&' in 'both' is applied to 'u64' operands; '&&' and '||' need 'bool' operands (use '&' for bitwise and)
module 0x42::logical_on_integers {
    public fun both(a: u64, b: u64): u64 {
        a && b
    }
}
