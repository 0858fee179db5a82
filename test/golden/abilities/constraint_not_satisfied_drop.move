// Error: 'discard(r)' in 'forget' instantiates 'discard<T: drop>' with 'Receipt', which lacks 'drop'
module 0x42::constraint_not_satisfied_drop {
    public struct Receipt { amount: u64 }

    public fun discard<T: drop>(_x: T) {}

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun forget(r: Receipt) {
        discard(r);
    }

    public fun burn(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }
}
