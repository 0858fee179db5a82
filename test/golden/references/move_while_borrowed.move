// Error: in 'consume_early', 'burn(token)' moves 'token' while the reference 'r' into it is still used afterwards
module 0x42::move_while_borrowed {
    public struct Token { value: u64 }

    public fun mint(value: u64): Token { Token { value } }

    public fun burn(t: Token): u64 {
        let Token { value } = t;
        value
    }

    public fun consume_early(token: Token): u64 {
        let r = &token.value;
        let v = burn(token);
        v + *r
    }
}
