// Error: 'n = n / 2' in 'halve_until_odd' assigns to the parameter 'n', which is not declared 'mut n' (Move 2024)
module 0x42::reassign_param_without_mut {
    public fun halve_until_odd(n: u64): u64 {
        while (n > 0 && n % 2 == 0) {
            n = n / 2;
        };
        n
    }
}
