// Valid: a vesting wallet that releases a Balance linearly over time read from '&Clock'
module 0x42::vesting {
    use sui::balance::Balance;
    use sui::clock::Clock;
    use sui::coin::{Self, Coin};
    use sui::sui::SUI;

    const ENotBeneficiary: u64 = 1;

    public struct Wallet has key {
        id: UID,
        beneficiary: address,
        locked: Balance<SUI>,
        released: u64,
        start_ms: u64,
        duration_ms: u64,
    }

    public fun create(funds: Coin<SUI>, beneficiary: address, duration_ms: u64, clock: &Clock, ctx: &mut TxContext) {
        let locked = funds.into_balance();
        let start_ms = clock.timestamp_ms();
        transfer::share_object(Wallet { id: object::new(ctx), beneficiary, locked, released: 0, start_ms, duration_ms });
    }

    public fun vested(w: &Wallet, clock: &Clock): u64 {
        let total = w.locked.value() + w.released;
        let elapsed = clock.timestamp_ms() - w.start_ms;
        if (elapsed >= w.duration_ms) total
        else (((total as u128) * (elapsed as u128) / (w.duration_ms as u128)) as u64)
    }

    public fun claim(w: &mut Wallet, clock: &Clock, ctx: &mut TxContext): Coin<SUI> {
        assert!(ctx.sender() == w.beneficiary, ENotBeneficiary);
        let amount = vested(w, clock) - w.released;
        w.released = w.released + amount;
        coin::take(&mut w.locked, amount, ctx)
    }
}
