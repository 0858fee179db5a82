// Error: 'token' (no 'copy') is moved by 'burn(token)' inside the 'while' body in 'burn_many', so the second iteration would use a moved value
module 0x42::moved_in_loop {
    public struct Token { value: u64 }

    public fun mint(value: u64): Token { Token { value } }

    public fun burn(t: Token): u64 {
        let Token { value } = t;
        value
    }

    public fun burn_many(token: Token, times: u64): u64 {
        let mut total = 0;
        let mut i = 0;
        while (i < times) {
            total = total + burn(token);
            i = i + 1;
        };
        total
    }
}
