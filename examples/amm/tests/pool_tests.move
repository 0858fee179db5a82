#[test_only]
module amm::pool_tests;

use amm::pool::{Self, LP, Pool};
use sui::coin::{Self, Coin};
use sui::test_scenario::{Self, Scenario};

const CREATOR: address = @0xC4EA7E;
const ALICE: address = @0xA11CE;
const BOB: address = @0xB0B;
const TRADER: address = @0x7BADE4;

/// Two coin types for the pool (only tests can mint them).
public struct USDC has drop {}
public struct ETH has drop {}

/// A 0.3% pool of ETH/USDC, with ALICE's first deposit of 1_000_000 ETH and
/// 4_000_000 USDC (a price of 4 USDC per ETH), which mints 2_000_000 shares.
fun setup(): Scenario {
    let mut scenario = test_scenario::begin(CREATOR);
    pool::create<ETH, USDC>(30, scenario.ctx());

    scenario.next_tx(ALICE);
    {
        let mut pool = scenario.take_shared<Pool<ETH, USDC>>();
        let (shares, rest_a, rest_b) = pool.add_liquidity(
            coin::mint_for_testing<ETH>(1_000_000, scenario.ctx()),
            coin::mint_for_testing<USDC>(4_000_000, scenario.ctx()),
            0,
            scenario.ctx(),
        );
        assert!(shares.value() == 2_000_000);
        rest_a.destroy_zero();
        rest_b.destroy_zero();
        transfer::public_transfer(shares, ALICE);
        test_scenario::return_shared(pool);
    };
    scenario
}

fun burn<T>(c: Coin<T>): u64 { coin::burn_for_testing(c) }

#[test]
fun first_deposit_sets_the_price() {
    let mut scenario = setup();
    scenario.next_tx(ALICE);
    {
        let pool = scenario.take_shared<Pool<ETH, USDC>>();
        let (a, b) = pool.reserves();
        assert!(a == 1_000_000 && b == 4_000_000);
        assert!(pool.lp_supply() == 2_000_000);
        assert!(pool.fee_bps() == 30);
        test_scenario::return_shared(pool);

        let shares = scenario.take_from_sender<Coin<LP<ETH, USDC>>>();
        assert!(shares.value() == 2_000_000);
        scenario.return_to_sender(shares);
    };
    scenario.end();
}

#[test]
fun later_deposit_keeps_the_ratio_and_refunds_the_rest() {
    let mut scenario = setup();
    scenario.next_tx(BOB);
    {
        let mut pool = scenario.take_shared<Pool<ETH, USDC>>();
        // 3_000_000 USDC is more than 500_000 ETH is worth: 1_000_000 comes back.
        let (shares, rest_a, rest_b) = pool.add_liquidity(
            coin::mint_for_testing<ETH>(500_000, scenario.ctx()),
            coin::mint_for_testing<USDC>(3_000_000, scenario.ctx()),
            1_000_000,
            scenario.ctx(),
        );
        assert!(shares.value() == 1_000_000);
        assert!(burn(rest_a) == 0);
        assert!(burn(rest_b) == 1_000_000);
        let (a, b) = pool.reserves();
        assert!(a == 1_500_000 && b == 6_000_000);
        assert!(pool.lp_supply() == 3_000_000);
        transfer::public_transfer(shares, BOB);
        test_scenario::return_shared(pool);
    };
    scenario.end();
}

#[test]
fun swaps_follow_the_curve_and_keep_the_fee() {
    let mut scenario = setup();
    scenario.next_tx(TRADER);
    {
        let mut pool = scenario.take_shared<Pool<ETH, USDC>>();
        let (a0, b0) = pool.reserves();

        let quote = pool.quote_a_for_b(10_000);
        let usdc = pool.swap_a_for_b(coin::mint_for_testing<ETH>(10_000, scenario.ctx()), quote, scenario.ctx());
        // 10_000 ETH less 0.3% is 9_970; 9_970 * 4_000_000 / 1_009_970 = 39_486.3...
        assert!(usdc.value() == quote);
        assert!(quote == 39_486);
        let (a1, b1) = pool.reserves();
        assert!(a1 == a0 + 10_000 && b1 == b0 - 39_486);
        // The fee stays in the pool: the product of the reserves grows.
        assert!((a1 as u128) * (b1 as u128) > (a0 as u128) * (b0 as u128));

        let eth = pool.swap_b_for_a(usdc, 0, scenario.ctx());
        // Swapping back costs the fee twice: less than the 10_000 ETH sold.
        assert!(eth.value() < 10_000);
        let (a2, b2) = pool.reserves();
        assert!(b2 == b0 && a2 > a0);
        burn(eth);
        test_scenario::return_shared(pool);
    };
    scenario.end();
}

#[test]
fun remove_liquidity_pays_a_share_of_both_reserves() {
    let mut scenario = setup();
    // A trade first, so the reserves are no longer round numbers.
    scenario.next_tx(TRADER);
    {
        let mut pool = scenario.take_shared<Pool<ETH, USDC>>();
        let usdc = pool.swap_a_for_b(coin::mint_for_testing<ETH>(250_000, scenario.ctx()), 0, scenario.ctx());
        transfer::public_transfer(usdc, TRADER);
        test_scenario::return_shared(pool);
    };

    scenario.next_tx(ALICE);
    {
        let mut pool = scenario.take_shared<Pool<ETH, USDC>>();
        let (a0, b0) = pool.reserves();
        let mut shares = scenario.take_from_sender<Coin<LP<ETH, USDC>>>();
        // A quarter of the shares gives a quarter of each reserve.
        let quarter = shares.split(500_000, scenario.ctx());
        let (eth, usdc) = pool.remove_liquidity(quarter, a0 / 4, b0 / 4, scenario.ctx());
        assert!(eth.value() == a0 / 4 && usdc.value() == b0 / 4);
        assert!(pool.lp_supply() == 1_500_000);

        // The rest empties the pool.
        let (eth2, usdc2) = pool.remove_liquidity(shares, 0, 0, scenario.ctx());
        assert!(eth.value() + eth2.value() == a0);
        assert!(usdc.value() + usdc2.value() == b0);
        let (a, b) = pool.reserves();
        assert!(a == 0 && b == 0 && pool.lp_supply() == 0);
        burn(eth);
        burn(usdc);
        burn(eth2);
        burn(usdc2);
        test_scenario::return_shared(pool);
    };
    scenario.end();
}

#[test]
#[expected_failure(abort_code = pool::ESlippage)]
fun swap_respects_min_out() {
    let mut scenario = setup();
    scenario.next_tx(TRADER);
    let mut pool = scenario.take_shared<Pool<ETH, USDC>>();
    let quote = pool.quote_a_for_b(10_000);
    let usdc = pool.swap_a_for_b(coin::mint_for_testing<ETH>(10_000, scenario.ctx()), quote + 1, scenario.ctx());
    burn(usdc);
    test_scenario::return_shared(pool);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = pool::EEmptyPool)]
fun cannot_swap_in_an_empty_pool() {
    let mut scenario = test_scenario::begin(CREATOR);
    pool::create<ETH, USDC>(30, scenario.ctx());
    scenario.next_tx(TRADER);
    let mut pool = scenario.take_shared<Pool<ETH, USDC>>();
    let usdc = pool.swap_a_for_b(coin::mint_for_testing<ETH>(10_000, scenario.ctx()), 0, scenario.ctx());
    burn(usdc);
    test_scenario::return_shared(pool);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = pool::EFeeTooHigh)]
fun fee_is_capped() {
    let mut scenario = test_scenario::begin(CREATOR);
    pool::create<ETH, USDC>(1_001, scenario.ctx());
    scenario.end();
}

#[test]
#[expected_failure(abort_code = pool::EZeroAmount)]
fun deposit_needs_both_coins() {
    let mut scenario = setup();
    scenario.next_tx(BOB);
    let mut pool = scenario.take_shared<Pool<ETH, USDC>>();
    let (shares, rest_a, rest_b) = pool.add_liquidity(
        coin::mint_for_testing<ETH>(500_000, scenario.ctx()),
        coin::zero<USDC>(scenario.ctx()),
        0,
        scenario.ctx(),
    );
    burn(shares);
    burn(rest_a);
    burn(rest_b);
    test_scenario::return_shared(pool);
    scenario.end();
}
