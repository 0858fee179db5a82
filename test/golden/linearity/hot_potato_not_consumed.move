// Error: the hot potato '_loan' (type 'Loan', no abilities) taken in 'borrow_and_forget' is never passed to 'repay', so it is dropped at the end
module 0x42::hot_potato_not_consumed {
    use sui::balance::{Self, Balance};
    use sui::sui::SUI;

    const EWrongAmount: u64 = 1;

    public struct Pool has key { id: UID, reserve: Balance<SUI> }

    public struct Loan { amount: u64 }

    public fun borrow(pool: &mut Pool, amount: u64): (Balance<SUI>, Loan) {
        (pool.reserve.split(amount), Loan { amount })
    }

    public fun repay(pool: &mut Pool, funds: Balance<SUI>, loan: Loan) {
        let Loan { amount } = loan;
        assert!(funds.value() == amount, EWrongAmount);
        balance::join(&mut pool.reserve, funds);
    }

    public fun borrow_and_forget(pool: &mut Pool): Balance<SUI> {
        let (funds, _loan) = borrow(pool, 100);
        funds
    }
}
