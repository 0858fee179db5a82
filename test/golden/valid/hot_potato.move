// Valid: a flash-loan 'hot potato' (a struct with no abilities) that the borrower must hand back to 'repay' in the same transaction
module 0x42::flash {
    use sui::balance::{Self, Balance};
    use sui::coin::{Self, Coin};
    use sui::sui::SUI;

    const ERepayMismatch: u64 = 1;

    public struct Pool has key {
        id: UID,
        reserve: Balance<SUI>,
    }

    public struct Receipt {
        amount: u64,
    }

    public fun create(seed: Coin<SUI>, ctx: &mut TxContext) {
        transfer::share_object(Pool { id: object::new(ctx), reserve: seed.into_balance() });
    }

    public fun borrow(pool: &mut Pool, amount: u64, ctx: &mut TxContext): (Coin<SUI>, Receipt) {
        let funds = coin::take(&mut pool.reserve, amount, ctx);
        (funds, Receipt { amount })
    }

    public fun repay(pool: &mut Pool, payment: Coin<SUI>, receipt: Receipt) {
        let Receipt { amount } = receipt;
        assert!(payment.value() == amount, ERepayMismatch);
        balance::join(&mut pool.reserve, payment.into_balance());
    }
}
