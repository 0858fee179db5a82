// Valid: a tiny constant-product pool over two generic coin types with u128 intermediate math and checked slippage
module 0x42::amm {
    use sui::balance::{Self, Balance};
    use sui::coin::{Self, Coin};

    const EZeroInput: u64 = 1;
    const ESlippage: u64 = 2;

    public struct Pool<phantom A, phantom B> has key {
        id: UID,
        a: Balance<A>,
        b: Balance<B>,
    }

    public fun create<A, B>(a: Coin<A>, b: Coin<B>, ctx: &mut TxContext) {
        transfer::share_object(Pool { id: object::new(ctx), a: a.into_balance(), b: b.into_balance() });
    }

    public fun quote(reserve_in: u64, reserve_out: u64, amount_in: u64): u64 {
        let num = (amount_in as u128) * (reserve_out as u128);
        let den = (reserve_in as u128) + (amount_in as u128);
        (num / den) as u64
    }

    public fun swap_a_for_b<A, B>(pool: &mut Pool<A, B>, input: Coin<A>, min_out: u64, ctx: &mut TxContext): Coin<B> {
        let amount_in = input.value();
        assert!(amount_in > 0, EZeroInput);
        let out = quote(pool.a.value(), pool.b.value(), amount_in);
        assert!(out >= min_out, ESlippage);
        balance::join(&mut pool.a, input.into_balance());
        coin::take(&mut pool.b, out, ctx)
    }

    public fun reserves<A, B>(pool: &Pool<A, B>): (u64, u64) {
        (pool.a.value(), pool.b.value())
    }
}
