/// A constant-product automated market maker (x * y = k) for any two coin types.
///
/// A `Pool<A, B>` is a shared object holding a `Balance<A>` and a `Balance<B>`. Liquidity
/// providers deposit both coins and receive `Coin<LP<A, B>>` pool shares, minted from the
/// pool's own `Supply`; they burn the shares to withdraw their part of both reserves.
/// Traders swap one coin for the other; a fee (in basis points of the input) stays in the
/// pool and accrues to the liquidity providers.
///
/// All arithmetic goes through `u128` intermediates: a product of two `u64`s always fits,
/// so no intermediate result can overflow.
module amm::pool;

use sui::balance::{Self, Balance, Supply};
use sui::coin::{Self, Coin};
use sui::event;

// === Errors ===

const EZeroAmount: u64 = 0;
const EFeeTooHigh: u64 = 1;
const EEmptyPool: u64 = 2;
const ESlippage: u64 = 3;

// === Constants ===

const BPS: u64 = 10_000;
/// At most a 10% fee.
const MAX_FEE_BPS: u64 = 1_000;

/// The pool-share token of a `Pool<A, B>`, and the witness that creates its supply.
public struct LP<phantom A, phantom B> has drop {}

public struct Pool<phantom A, phantom B> has key {
    id: UID,
    reserve_a: Balance<A>,
    reserve_b: Balance<B>,
    lp_supply: Supply<LP<A, B>>,
    /// The swap fee, in basis points of the input amount.
    fee_bps: u64,
}

// === Events ===

public struct PoolCreated has copy, drop {
    pool_id: ID,
    fee_bps: u64,
}

public struct LiquidityAdded has copy, drop {
    pool_id: ID,
    amount_a: u64,
    amount_b: u64,
    lp_minted: u64,
}

public struct LiquidityRemoved has copy, drop {
    pool_id: ID,
    amount_a: u64,
    amount_b: u64,
    lp_burned: u64,
}

public struct Swapped has copy, drop {
    pool_id: ID,
    a_to_b: bool,
    amount_in: u64,
    amount_out: u64,
}

// === Creating a pool ===

/// Create and share an empty pool for `A` and `B` with a swap fee of `fee_bps` basis points.
public fun create<A, B>(fee_bps: u64, ctx: &mut TxContext) {
    assert!(fee_bps <= MAX_FEE_BPS, EFeeTooHigh);
    let pool = Pool<A, B> {
        id: object::new(ctx),
        reserve_a: balance::zero(),
        reserve_b: balance::zero(),
        lp_supply: balance::create_supply(LP<A, B> {}),
        fee_bps,
    };
    event::emit(PoolCreated { pool_id: object::id(&pool), fee_bps });
    transfer::share_object(pool);
}

// === Liquidity ===

/// Deposit liquidity. The first deposit sets the price and mints `sqrt(a * b)` shares;
/// later deposits are taken in the pool's current ratio, as much as both coins allow, and
/// mint shares in proportion. Returns the shares and what was not used of each coin.
/// Aborts with `ESlippage` if fewer than `min_lp_out` shares would be minted.
public fun add_liquidity<A, B>(
    pool: &mut Pool<A, B>,
    mut coin_a: Coin<A>,
    mut coin_b: Coin<B>,
    min_lp_out: u64,
    ctx: &mut TxContext,
): (Coin<LP<A, B>>, Coin<A>, Coin<B>) {
    let amount_a = coin_a.value();
    let amount_b = coin_b.value();
    assert!(amount_a > 0 && amount_b > 0, EZeroAmount);

    let (reserve_a, reserve_b) = pool.reserves();
    let supply = pool.lp_supply.supply_value();
    let (lp, used_a, used_b) = if (supply == 0) {
        ((((amount_a as u128) * (amount_b as u128)).sqrt() as u64), amount_a, amount_b)
    } else {
        let lp = mul_div(amount_a, supply, reserve_a).min(mul_div(amount_b, supply, reserve_b));
        // Round the deposit up, so the pool never gives a share for less than its worth.
        (lp, mul_div_up(lp, reserve_a, supply), mul_div_up(lp, reserve_b, supply))
    };
    assert!(lp > 0, EZeroAmount);
    assert!(lp >= min_lp_out, ESlippage);

    pool.reserve_a.join(coin_a.split(used_a, ctx).into_balance());
    pool.reserve_b.join(coin_b.split(used_b, ctx).into_balance());
    let shares = coin::from_balance(pool.lp_supply.increase_supply(lp), ctx);

    event::emit(LiquidityAdded {
        pool_id: object::id(pool),
        amount_a: used_a,
        amount_b: used_b,
        lp_minted: lp,
    });
    (shares, coin_a, coin_b)
}

/// Burn pool shares for the matching part of both reserves (rounded down). Aborts with
/// `ESlippage` if either amount is below its minimum.
public fun remove_liquidity<A, B>(
    pool: &mut Pool<A, B>,
    shares: Coin<LP<A, B>>,
    min_a_out: u64,
    min_b_out: u64,
    ctx: &mut TxContext,
): (Coin<A>, Coin<B>) {
    let lp = shares.value();
    assert!(lp > 0, EZeroAmount);
    let (reserve_a, reserve_b) = pool.reserves();
    let supply = pool.lp_supply.supply_value();
    let amount_a = mul_div(lp, reserve_a, supply);
    let amount_b = mul_div(lp, reserve_b, supply);
    assert!(amount_a >= min_a_out && amount_b >= min_b_out, ESlippage);

    pool.lp_supply.decrease_supply(shares.into_balance());
    event::emit(LiquidityRemoved { pool_id: object::id(pool), amount_a, amount_b, lp_burned: lp });
    (coin::take(&mut pool.reserve_a, amount_a, ctx), coin::take(&mut pool.reserve_b, amount_b, ctx))
}

// === Swaps ===

/// Sell `coin_a` for at least `min_out` of `B`.
public fun swap_a_for_b<A, B>(
    pool: &mut Pool<A, B>,
    coin_a: Coin<A>,
    min_out: u64,
    ctx: &mut TxContext,
): Coin<B> {
    let amount_in = coin_a.value();
    let (reserve_a, reserve_b) = pool.reserves();
    let amount_out = get_amount_out(amount_in, reserve_a, reserve_b, pool.fee_bps);
    assert!(amount_out >= min_out, ESlippage);

    pool.reserve_a.join(coin_a.into_balance());
    event::emit(Swapped { pool_id: object::id(pool), a_to_b: true, amount_in, amount_out });
    coin::take(&mut pool.reserve_b, amount_out, ctx)
}

/// Sell `coin_b` for at least `min_out` of `A`.
public fun swap_b_for_a<A, B>(
    pool: &mut Pool<A, B>,
    coin_b: Coin<B>,
    min_out: u64,
    ctx: &mut TxContext,
): Coin<A> {
    let amount_in = coin_b.value();
    let (reserve_a, reserve_b) = pool.reserves();
    let amount_out = get_amount_out(amount_in, reserve_b, reserve_a, pool.fee_bps);
    assert!(amount_out >= min_out, ESlippage);

    pool.reserve_b.join(coin_b.into_balance());
    event::emit(Swapped { pool_id: object::id(pool), a_to_b: false, amount_in, amount_out });
    coin::take(&mut pool.reserve_a, amount_out, ctx)
}

// === Views ===

/// The amounts of `A` and `B` in the pool.
public fun reserves<A, B>(pool: &Pool<A, B>): (u64, u64) {
    (pool.reserve_a.value(), pool.reserve_b.value())
}

/// The number of pool shares in circulation.
public fun lp_supply<A, B>(pool: &Pool<A, B>): u64 { pool.lp_supply.supply_value() }

public fun fee_bps<A, B>(pool: &Pool<A, B>): u64 { pool.fee_bps }

/// What selling `amount_in` of `A` would give now.
public fun quote_a_for_b<A, B>(pool: &Pool<A, B>, amount_in: u64): u64 {
    let (reserve_a, reserve_b) = pool.reserves();
    get_amount_out(amount_in, reserve_a, reserve_b, pool.fee_bps)
}

/// What selling `amount_in` of `B` would give now.
public fun quote_b_for_a<A, B>(pool: &Pool<A, B>, amount_in: u64): u64 {
    let (reserve_a, reserve_b) = pool.reserves();
    get_amount_out(amount_in, reserve_b, reserve_a, pool.fee_bps)
}

/// The output of a constant-product swap of `amount_in` (less the fee) against reserves
/// `reserve_in` and `reserve_out`: `in' * out / (in + in')` with `in' = in * (1 - fee)`.
/// Rounded down, so the product of the reserves never decreases.
public fun get_amount_out(amount_in: u64, reserve_in: u64, reserve_out: u64, fee_bps: u64): u64 {
    assert!(amount_in > 0, EZeroAmount);
    assert!(reserve_in > 0 && reserve_out > 0, EEmptyPool);
    // At most (2^64 - 1) * 10^4: fits in u128, and the result is at most `amount_in`.
    let in_after_fee = mul_div(amount_in, BPS - fee_bps, BPS);
    // At most (2^64 - 1)^2 < 2^128 in the numerator; the denominator is at most 2^65.
    let out = (in_after_fee as u128) * (reserve_out as u128)
        / ((reserve_in as u128) + (in_after_fee as u128));
    let out = (out as u64);
    assert!(out > 0, EZeroAmount);
    out
}

// === Internal ===

/// `x * y / z` rounded down, with a `u128` intermediate.
fun mul_div(x: u64, y: u64, z: u64): u64 {
    (((x as u128) * (y as u128) / (z as u128)) as u64)
}

/// `x * y / z` rounded up, with a `u128` intermediate.
fun mul_div_up(x: u64, y: u64, z: u64): u64 {
    let z = (z as u128);
    ((((x as u128) * (y as u128) + z - 1) / z) as u64)
}
