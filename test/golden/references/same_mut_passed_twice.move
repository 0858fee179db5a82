// Error: 'swap_values(&mut x, &mut x)' in 'self_swap' passes two simultaneous mutable borrows of 'x' to one call
module 0x42::same_mut_passed_twice {
    public fun swap_values(a: &mut u64, b: &mut u64) {
        let t = *a;
        *a = *b;
        *b = t;
    }

    public fun self_swap(): u64 {
        let mut x = 5;
        swap_values(&mut x, &mut x);
        x
    }
}
