module 0x42::move_copy {
    public struct Token has store { value: u64 }

    public struct Meta has copy, drop { tag: u8 }

    public fun explicit_move(t: Token): Token {
        let a = move t;
        let b = a;
        move b
    }

    public fun explicit_copy(m: Meta): (Meta, Meta) {
        let a = copy m;
        let b = copy a;
        (a, b)
    }

    public fun copy_number(x: u64): u64 {
        let y = copy x;
        let z = move x;
        y + z
    }

    public fun copy_ref(v: &vector<u64>): (&vector<u64>, &vector<u64>) {
        let r1 = copy v;
        (r1, v)
    }

    public fun move_into_vector(t1: Token, t2: Token): vector<Token> {
        vector[move t1, t2]
    }

    public fun copy_field(m: &Meta): u8 {
        let local = *m;
        let again = copy local;
        again.tag
    }

    public fun destroy(t: Token): u64 {
        let Token { value } = t;
        value
    }
}
