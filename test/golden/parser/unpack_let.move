module 0x42::unpack_let {
    public struct Account has drop {
        owner: address,
        balance: u64,
        frozen: bool,
    }

    public struct Pair(u64, u64) has drop;

    public struct Outer has drop {
        inner: Account,
        tag: Pair,
    }

    public struct Generic<T> has drop { value: T, count: u64 }

    public fun shorthand(a: Account): u64 {
        let Account { owner, balance, frozen } = a;
        let _ = owner;
        if (frozen) 0 else balance
    }

    public fun renamed(a: Account): (address, u64) {
        let Account { owner: who, balance: amount, frozen: _ } = a;
        (who, amount)
    }

    public fun mixed(a: Account): u64 {
        let Account { balance, owner: _, frozen: is_frozen } = a;
        if (is_frozen) balance / 2 else balance
    }

    public fun rest(a: Account): u64 {
        let Account { balance, .. } = a;
        balance
    }

    public fun positional(p: Pair): u64 {
        let Pair(a, b) = p;
        a + b
    }

    public fun positional_rest(p: Pair): u64 {
        let Pair(first, ..) = p;
        first
    }

    public fun nested(o: Outer): u64 {
        let Outer { inner: Account { balance, .. }, tag: Pair(x, _) } = o;
        balance + x
    }

    public fun generic(g: Generic<vector<u8>>): u64 {
        let Generic<vector<u8>> { value, count } = g;
        value.length() + count
    }

    public fun through_ref(a: &Account): u64 {
        let Account { balance, .. } = a;
        *balance
    }

    public fun through_mut_ref(a: &mut Account) {
        let Account { balance, frozen, .. } = a;
        *balance = 0;
        *frozen = true;
    }

    public fun with_annotation(p: Pair): u64 {
        let Pair(a, b): Pair = p;
        a * b
    }
}
