// Valid: 'loop' used as an expression with 'break value', and a 'while' loop with a compound condition
module 0x42::loop_break_value {
    public fun first_power_of_two_above(n: u64): u64 {
        let mut p = 1;
        loop {
            if (p > n) break p;
            p = p * 2;
        }
    }

    public fun gcd(mut a: u64, mut b: u64): u64 {
        while (b != 0) {
            let t = a % b;
            a = b;
            b = t;
        };
        a
    }

    public fun digits(n: u64): u64 {
        let mut count = 1;
        let mut rest = n / 10;
        while (rest > 0 && count < 20) {
            rest = rest / 10;
            count = count + 1;
        };
        count
    }
}
