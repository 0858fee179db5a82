/// A constant-product AMM: pools of two coin types, LP shares, fees,
/// an admin capability, a registry and events. Large on purpose: it mixes
/// most constructs of the language in one realistic module.
module deed_amm::pool;

use std::type_name::{Self, TypeName};
use sui::balance::{Self, Balance, Supply};
use sui::coin::{Self, Coin};
use sui::event;
use sui::table::{Self, Table};

// === Errors ===

const EZeroAmount: u64 = 0;
const EInsufficientLiquidity: u64 = 1;
const ESlippage: u64 = 2;
const EPoolNotActive: u64 = 3;
const EFeeTooHigh: u64 = 4;
const EPoolExists: u64 = 5;

#[error]
const ESameCoin: vector<u8> = b"A pool needs two different coin types";

// === Constants ===

const BPS: u64 = 10_000;
const MAX_FEE_BPS: u64 = 1_000;
const MINIMUM_LIQUIDITY: u64 = 1_000;
const U64_MAX: u128 = 0xFFFF_FFFF_FFFF_FFFF;
const HISTORY_LIMIT: u64 = 32;

// === Types ===

/// LP share marker for the pool of `A` and `B`.
public struct LP<phantom A, phantom B> has drop {}

public struct AdminCap has key, store { id: UID }

public enum Status has copy, drop, store {
    Active,
    Paused { reason: vector<u8> },
    Closed,
}

public enum Direction has copy, drop, store {
    AtoB,
    BtoA,
}

public struct SwapRecord has copy, drop, store {
    direction: Direction,
    amount_in: u64,
    amount_out: u64,
    epoch: u64,
}

public struct Pool<phantom A, phantom B> has key {
    id: UID,
    reserve_a: Balance<A>,
    reserve_b: Balance<B>,
    lp_supply: Supply<LP<A, B>>,
    /// Minimum liquidity minted at creation and kept forever.
    locked_lp: Balance<LP<A, B>>,
    fee_bps: u64,
    status: Status,
    history: vector<SwapRecord>,
}

public struct PoolInfo has copy, drop, store {
    pool_id: ID,
    coin_a: TypeName,
    coin_b: TypeName,
}

public struct Registry has key {
    id: UID,
    pools: Table<vector<u8>, PoolInfo>,
    count: u64,
}

// === Events ===

public struct PoolCreated has copy, drop { pool_id: ID, fee_bps: u64 }

public struct Swapped has copy, drop {
    pool_id: ID,
    direction: Direction,
    amount_in: u64,
    amount_out: u64,
}

public struct LiquidityChanged has copy, drop {
    pool_id: ID,
    added: bool,
    amount_a: u64,
    amount_b: u64,
    shares: u64,
}

use fun reserves_and_supply as Pool.state;

// === Init ===

fun init(ctx: &mut TxContext) {
    transfer::share_object(Registry {
        id: object::new(ctx),
        pools: table::new(ctx),
        count: 0,
    });
    transfer::public_transfer(AdminCap { id: object::new(ctx) }, ctx.sender());
}

// === Pool creation ===

fun registry_key<A, B>(): vector<u8> {
    let mut key = type_name::get<A>().into_string().into_bytes();
    key.append(b"/");
    key.append(type_name::get<B>().into_string().into_bytes());
    key
}

public fun create_pool<A, B>(
    registry: &mut Registry,
    coin_a: Coin<A>,
    coin_b: Coin<B>,
    fee_bps: u64,
    ctx: &mut TxContext,
): Coin<LP<A, B>> {
    assert!(type_name::get<A>() != type_name::get<B>(), ESameCoin);
    assert!(fee_bps <= MAX_FEE_BPS, EFeeTooHigh);
    let key = registry_key<A, B>();
    assert!(!registry.pools.contains(key), EPoolExists);

    let amount_a = coin_a.value();
    let amount_b = coin_b.value();
    assert!(amount_a > 0 && amount_b > 0, EZeroAmount);

    let mut pool = Pool<A, B> {
        id: object::new(ctx),
        reserve_a: coin_a.into_balance(),
        reserve_b: coin_b.into_balance(),
        lp_supply: balance::create_supply(LP<A, B> {}),
        locked_lp: balance::zero(),
        fee_bps,
        status: Status::Active,
        history: vector[],
    };

    let shares = sqrt((amount_a as u128) * (amount_b as u128));
    assert!(shares > MINIMUM_LIQUIDITY, EInsufficientLiquidity);
    let mut lp = pool.lp_supply.increase_supply(shares);
    // Keep the minimum liquidity inside the pool so it can never be fully drained.
    pool.locked_lp.join(lp.split(MINIMUM_LIQUIDITY));

    let pool_id = pool.pool_id();
    registry.pools.add(key, PoolInfo {
        pool_id,
        coin_a: type_name::get<A>(),
        coin_b: type_name::get<B>(),
    });
    registry.count = registry.count + 1;

    event::emit(PoolCreated { pool_id, fee_bps });
    transfer::share_object(pool);
    coin::from_balance(lp, ctx)
}

// === Liquidity ===

public fun add_liquidity<A, B>(
    pool: &mut Pool<A, B>,
    mut coin_a: Coin<A>,
    mut coin_b: Coin<B>,
    ctx: &mut TxContext,
): (Coin<LP<A, B>>, Coin<A>, Coin<B>) {
    assert_active(pool);
    let (reserve_a, reserve_b, supply) = pool.state();
    let in_a = coin_a.value();
    let in_b = coin_b.value();
    assert!(in_a > 0 && in_b > 0, EZeroAmount);

    // Use the ratio of the reserves; refund whatever does not fit.
    let optimal_b = mul_div(in_a, reserve_b, reserve_a);
    let (use_a, use_b) = if (optimal_b <= in_b) {
        (in_a, optimal_b)
    } else {
        (mul_div(in_b, reserve_a, reserve_b), in_b)
    };

    let share_a = mul_div(use_a, supply, reserve_a);
    let share_b = mul_div(use_b, supply, reserve_b);
    let shares = min(share_a, share_b);
    assert!(shares > 0, EInsufficientLiquidity);

    pool.reserve_a.join(coin_a.split(use_a, ctx).into_balance());
    pool.reserve_b.join(coin_b.split(use_b, ctx).into_balance());
    let lp = pool.lp_supply.increase_supply(shares);

    event::emit(LiquidityChanged {
        pool_id: pool.pool_id(),
        added: true,
        amount_a: use_a,
        amount_b: use_b,
        shares,
    });
    (coin::from_balance(lp, ctx), coin_a, coin_b)
}

public fun remove_liquidity<A, B>(
    pool: &mut Pool<A, B>,
    lp: Coin<LP<A, B>>,
    min_a: u64,
    min_b: u64,
    ctx: &mut TxContext,
): (Coin<A>, Coin<B>) {
    let shares = lp.value();
    assert!(shares > 0, EZeroAmount);
    let (reserve_a, reserve_b, supply) = pool.reserves_and_supply();
    let out_a = mul_div(shares, reserve_a, supply);
    let out_b = mul_div(shares, reserve_b, supply);
    assert!(out_a >= min_a && out_b >= min_b, ESlippage);

    pool.lp_supply.decrease_supply(lp.into_balance());
    event::emit(LiquidityChanged {
        pool_id: pool.pool_id(),
        added: false,
        amount_a: out_a,
        amount_b: out_b,
        shares,
    });
    (
        coin::take(&mut pool.reserve_a, out_a, ctx),
        coin::take(&mut pool.reserve_b, out_b, ctx),
    )
}

// === Swaps ===

public fun swap_a_for_b<A, B>(
    pool: &mut Pool<A, B>,
    input: Coin<A>,
    min_out: u64,
    ctx: &mut TxContext,
): Coin<B> {
    assert_active(pool);
    let amount_in = input.value();
    assert!(amount_in > 0, EZeroAmount);
    let out = get_amount_out(amount_in, pool.reserve_a.value(), pool.reserve_b.value(), pool.fee_bps);
    assert!(out >= min_out, ESlippage);
    coin::put(&mut pool.reserve_a, input);
    pool.record(Direction::AtoB, amount_in, out, ctx);
    coin::take(&mut pool.reserve_b, out, ctx)
}

public fun swap_b_for_a<A, B>(
    pool: &mut Pool<A, B>,
    input: Coin<B>,
    min_out: u64,
    ctx: &mut TxContext,
): Coin<A> {
    assert_active(pool);
    let amount_in = input.value();
    assert!(amount_in > 0, EZeroAmount);
    let out = get_amount_out(amount_in, pool.reserve_b.value(), pool.reserve_a.value(), pool.fee_bps);
    assert!(out >= min_out, ESlippage);
    coin::put(&mut pool.reserve_b, input);
    pool.record(Direction::BtoA, amount_in, out, ctx);
    coin::take(&mut pool.reserve_a, out, ctx)
}

fun record<A, B>(pool: &mut Pool<A, B>, direction: Direction, amount_in: u64, amount_out: u64, ctx: &TxContext) {
    if (pool.history.length() >= HISTORY_LIMIT) {
        pool.history.remove(0);
    };
    pool.history.push_back(SwapRecord { direction, amount_in, amount_out, epoch: ctx.epoch() });
    event::emit(Swapped { pool_id: pool.pool_id(), direction, amount_in, amount_out });
}

/// Constant product with fee: out = in_after_fee * r_out / (r_in + in_after_fee).
public fun get_amount_out(amount_in: u64, reserve_in: u64, reserve_out: u64, fee_bps: u64): u64 {
    assert!(reserve_in > 0 && reserve_out > 0, EInsufficientLiquidity);
    let in_after_fee = (amount_in as u128) * ((BPS - fee_bps) as u128);
    let numerator = in_after_fee * (reserve_out as u128);
    let denominator = (reserve_in as u128) * (BPS as u128) + in_after_fee;
    let out = numerator / denominator;
    assert!(out <= U64_MAX, EInsufficientLiquidity);
    out as u64
}

// === Admin ===

public fun set_fee<A, B>(_: &AdminCap, pool: &mut Pool<A, B>, fee_bps: u64) {
    assert!(fee_bps <= MAX_FEE_BPS, EFeeTooHigh);
    pool.fee_bps = fee_bps;
}

public fun pause<A, B>(_: &AdminCap, pool: &mut Pool<A, B>, reason: vector<u8>) {
    pool.status = match (pool.status) {
        Status::Active => Status::Paused { reason },
        Status::Paused { .. } => Status::Paused { reason },
        Status::Closed => abort EPoolNotActive,
    };
}

public fun resume<A, B>(_: &AdminCap, pool: &mut Pool<A, B>) {
    match (pool.status) {
        Status::Paused { reason: _ } => pool.status = Status::Active,
        _ => abort EPoolNotActive,
    }
}

public fun close<A, B>(_: &AdminCap, pool: &mut Pool<A, B>) {
    pool.status = Status::Closed;
}

// === Views ===

public fun pool_id<A, B>(pool: &Pool<A, B>): ID { object::id(pool) }

public fun reserves<A, B>(pool: &Pool<A, B>): (u64, u64) {
    (pool.reserve_a.value(), pool.reserve_b.value())
}

fun reserves_and_supply<A, B>(pool: &Pool<A, B>): (u64, u64, u64) {
    (pool.reserve_a.value(), pool.reserve_b.value(), pool.lp_supply.supply_value())
}

public fun is_active<A, B>(pool: &Pool<A, B>): bool {
    match (&pool.status) {
        Status::Active => true,
        Status::Paused { .. } | Status::Closed => false,
    }
}

public fun pause_reason<A, B>(pool: &Pool<A, B>): Option<vector<u8>> {
    match (&pool.status) {
        Status::Paused { reason } => option::some(*reason),
        _ => option::none(),
    }
}

public fun volume<A, B>(pool: &Pool<A, B>): (u64, u64) {
    let mut a_to_b = 0;
    let mut b_to_a = 0;
    pool.history.do_ref!(|r| match (r.direction) {
        Direction::AtoB => a_to_b = a_to_b + r.amount_in,
        Direction::BtoA => b_to_a = b_to_a + r.amount_in,
    });
    (a_to_b, b_to_a)
}

public fun largest_swap<A, B>(pool: &Pool<A, B>): u64 {
    pool.history.fold!(0, |best, r| if (r.amount_out > best) r.amount_out else best)
}

public fun recent_outputs<A, B>(pool: &Pool<A, B>, n: u64): vector<u64> {
    let len = pool.history.length();
    let take = min(n, len);
    vector::tabulate!(take, |i| pool.history[len - take + i].amount_out)
}

/// Index of the first swap above `threshold`, searching newest first.
public fun find_big_swap<A, B>(pool: &Pool<A, B>, threshold: u64): Option<u64> {
    let mut i = pool.history.length();
    'search: loop {
        if (i == 0) break 'search option::none();
        i = i - 1;
        if (pool.history[i].amount_in > threshold) break 'search option::some(i);
    }
}

public fun pool_count(registry: &Registry): u64 { registry.count }

public fun lookup<A, B>(registry: &Registry): Option<ID> {
    let key = registry_key<A, B>();
    if (registry.pools.contains(key)) {
        option::some(registry.pools[key].pool_id)
    } else {
        option::none()
    }
}

// === Math ===

fun assert_active<A, B>(pool: &Pool<A, B>) {
    assert!(pool.is_active(), EPoolNotActive);
}

fun min(a: u64, b: u64): u64 { if (a < b) a else b }

fun mul_div(a: u64, b: u64, c: u64): u64 {
    (((a as u128) * (b as u128)) / (c as u128)) as u64
}

/// Integer square root (Babylonian method), result fits in u64.
fun sqrt(x: u128): u64 {
    if (x < 4) return if (x == 0) 0 else 1;
    let mut z = x;
    let mut y = x / 2 + 1;
    while (y < z) {
        z = y;
        y = (x / y + y) / 2;
    };
    (z as u64)
}

// === Tests ===

#[test_only]
use sui::test_scenario;

#[test_only]
public struct USDC has drop {}

#[test_only]
public struct WETH has drop {}

#[test]
fun amount_out_matches_formula() {
    // 1000 in, reserves 1_000_000 / 1_000_000, 0.3% fee
    let out = get_amount_out(1000, 1_000_000, 1_000_000, 30);
    assert!(out == 996);
    assert!(sqrt(1_000_000) == 1000);
    assert!(sqrt(15) == 3);
    assert!(mul_div(7, 3, 2) == 10);
}

#[test]
#[expected_failure(abort_code = EFeeTooHigh)]
fun fee_too_high() {
    let mut scenario = test_scenario::begin(@0xA);
    init(scenario.ctx());
    scenario.next_tx(@0xA);
    let mut registry = scenario.take_shared<Registry>();
    let a = coin::mint_for_testing<USDC>(10_000, scenario.ctx());
    let b = coin::mint_for_testing<WETH>(10_000, scenario.ctx());
    let lp = create_pool(&mut registry, a, b, MAX_FEE_BPS + 1, scenario.ctx());
    coin::burn_for_testing(lp);
    test_scenario::return_shared(registry);
    scenario.end();
}

#[test]
fun create_and_swap() {
    let admin = @0xAD;
    let mut scenario = test_scenario::begin(admin);
    init(scenario.ctx());

    scenario.next_tx(admin);
    {
        let mut registry = scenario.take_shared<Registry>();
        let a = coin::mint_for_testing<USDC>(1_000_000, scenario.ctx());
        let b = coin::mint_for_testing<WETH>(1_000_000, scenario.ctx());
        let lp = create_pool(&mut registry, a, b, 30, scenario.ctx());
        assert!(lp.value() == 1_000_000 - MINIMUM_LIQUIDITY);
        assert!(registry.pool_count() == 1);
        transfer::public_transfer(lp, admin);
        test_scenario::return_shared(registry);
    };

    scenario.next_tx(admin);
    {
        let mut pool = scenario.take_shared<Pool<USDC, WETH>>();
        let input = coin::mint_for_testing<USDC>(1000, scenario.ctx());
        let out = swap_a_for_b(&mut pool, input, 990, scenario.ctx());
        assert!(out.value() == 996);
        assert!(pool.largest_swap() == 996);
        let (va, vb) = pool.volume();
        assert!(va == 1000 && vb == 0);
        coin::burn_for_testing(out);
        test_scenario::return_shared(pool);
    };

    scenario.end();
}
