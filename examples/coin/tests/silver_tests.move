#[test_only]
module coin::silver_tests;

use coin::silver::{Self, SILVER, FixedSupply};
use sui::coin::{Coin, CoinMetadata, TreasuryCap};
use sui::test_scenario;

const ISSUER: address = @0x1550E;
const ALICE: address = @0xA11CE;
const BOB: address = @0xB0B;

#[test]
fun publish_registers_the_currency() {
    let mut scenario = test_scenario::begin(ISSUER);
    silver::init_for_testing(scenario.ctx());

    scenario.next_tx(ISSUER);
    {
        let treasury = scenario.take_from_sender<TreasuryCap<SILVER>>();
        assert!(treasury.total_supply() == 0);
        scenario.return_to_sender(treasury);

        let metadata = scenario.take_immutable<CoinMetadata<SILVER>>();
        assert!(metadata.get_decimals() == silver::decimals());
        assert!(metadata.get_symbol().into_bytes() == b"SILVER");
        assert!(metadata.get_name().into_bytes() == b"Silver");
        assert!(metadata.get_icon_url().is_some());
        test_scenario::return_immutable(metadata);
    };
    scenario.end();
}

#[test]
fun mint_split_join_and_burn() {
    let mut scenario = test_scenario::begin(ISSUER);
    silver::init_for_testing(scenario.ctx());

    scenario.next_tx(ISSUER);
    {
        let mut treasury = scenario.take_from_sender<TreasuryCap<SILVER>>();
        silver::mint_to(&mut treasury, 1_000, ALICE, scenario.ctx());
        let coin = silver::mint(&mut treasury, 500, scenario.ctx());
        transfer::public_transfer(coin, BOB);
        assert!(treasury.total_supply() == 1_500);
        scenario.return_to_sender(treasury);
    };

    // Alice pays Bob 400 out of her coin.
    scenario.next_tx(ALICE);
    {
        let mut coin = scenario.take_from_sender<Coin<SILVER>>();
        assert!(coin.value() == 1_000);
        let payment = coin.split(400, scenario.ctx());
        transfer::public_transfer(payment, BOB);
        assert!(coin.value() == 600);
        scenario.return_to_sender(coin);
    };

    // Bob merges his two coins and hands the result back to the issuer.
    scenario.next_tx(BOB);
    {
        let mut first = scenario.take_from_sender<Coin<SILVER>>();
        let second = scenario.take_from_sender<Coin<SILVER>>();
        first.join(second);
        assert!(first.value() == 900);
        transfer::public_transfer(first, ISSUER);
    };

    scenario.next_tx(ISSUER);
    {
        let mut treasury = scenario.take_from_sender<TreasuryCap<SILVER>>();
        let coin = scenario.take_from_sender<Coin<SILVER>>();
        assert!(silver::burn(&mut treasury, coin) == 900);
        assert!(treasury.total_supply() == 600);
        scenario.return_to_sender(treasury);
    };
    scenario.end();
}

#[test]
fun renounce_fixes_the_supply() {
    let mut scenario = test_scenario::begin(ISSUER);
    silver::init_for_testing(scenario.ctx());

    scenario.next_tx(ISSUER);
    {
        let mut treasury = scenario.take_from_sender<TreasuryCap<SILVER>>();
        silver::mint_to(&mut treasury, 42, ALICE, scenario.ctx());
        silver::renounce(treasury, scenario.ctx());
    };

    scenario.next_tx(ISSUER);
    {
        assert!(!scenario.has_most_recent_for_sender<TreasuryCap<SILVER>>());
        let fixed = scenario.take_immutable<FixedSupply>();
        assert!(fixed.fixed_total() == 42);
        test_scenario::return_immutable(fixed);
    };
    scenario.end();
}

#[test]
#[expected_failure(abort_code = silver::EZeroAmount)]
fun cannot_mint_zero() {
    let mut scenario = test_scenario::begin(ISSUER);
    silver::init_for_testing(scenario.ctx());

    scenario.next_tx(ISSUER);
    let mut treasury = scenario.take_from_sender<TreasuryCap<SILVER>>();
    silver::mint_to(&mut treasury, 0, ALICE, scenario.ctx());
    scenario.return_to_sender(treasury);
    scenario.end();
}
