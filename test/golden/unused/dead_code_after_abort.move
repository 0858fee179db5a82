// Error: [warning] dead code in 'always_fails': the expression after 'abort EUnsupported' is unreachable
module 0x42::dead_code_after_abort {
    const EUnsupported: u64 = 7;

    public fun always_fails(x: u64): u64 {
        abort EUnsupported;
        x * 2
    }
}
