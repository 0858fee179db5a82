// Valid: a generic shared vault holding a Balance<T> (phantom T): deposit a Coin, withdraw a Coin, read the reserve
module 0x42::vault {
    use sui::balance::{Self, Balance};
    use sui::coin::{Self, Coin};

    const EInsufficient: u64 = 1;

    public struct Vault<phantom T> has key {
        id: UID,
        reserve: Balance<T>,
    }

    public fun create<T>(ctx: &mut TxContext) {
        transfer::share_object(Vault<T> { id: object::new(ctx), reserve: balance::zero() });
    }

    public fun deposit<T>(v: &mut Vault<T>, c: Coin<T>) {
        v.reserve.join(c.into_balance());
    }

    public fun withdraw<T>(v: &mut Vault<T>, amount: u64, ctx: &mut TxContext): Coin<T> {
        assert!(v.reserve.value() >= amount, EInsufficient);
        coin::take(&mut v.reserve, amount, ctx)
    }

    public fun reserve<T>(v: &Vault<T>): u64 {
        v.reserve.value()
    }
}
