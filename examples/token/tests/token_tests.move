#[test_only]
module token::token_tests;

use sui::coin::{Coin, CoinMetadata, TreasuryCap};
use sui::test_scenario;
use token::token::{Self, TOKEN};

const ISSUER: address = @0x1550E;
const ALICE: address = @0xA11CE;
const BOB: address = @0xB0B;

#[test]
fun init_creates_currency() {
    let mut scenario = test_scenario::begin(ISSUER);
    token::init_for_testing(scenario.ctx());

    scenario.next_tx(ISSUER);
    {
        assert!(scenario.has_most_recent_for_sender<TreasuryCap<TOKEN>>());
        let metadata = scenario.take_immutable<CoinMetadata<TOKEN>>();
        assert!(metadata.get_decimals() == token::decimals());
        test_scenario::return_immutable(metadata);
    };
    scenario.end();
}

#[test]
fun mint_send_and_burn() {
    let mut scenario = test_scenario::begin(ISSUER);
    token::init_for_testing(scenario.ctx());

    scenario.next_tx(ISSUER);
    {
        let mut treasury = scenario.take_from_sender<TreasuryCap<TOKEN>>();
        token::mint(&mut treasury, 500, ALICE, scenario.ctx());
        assert!(treasury.total_supply() == 500);
        scenario.return_to_sender(treasury);
    };

    // The mint transaction emitted exactly one event.
    let effects = scenario.next_tx(ALICE);
    assert!(effects.num_user_events() == 1);
    {
        let mut coin = scenario.take_from_sender<Coin<TOKEN>>();
        assert!(coin.value() == 500);
        token::send(&mut coin, 200, BOB, scenario.ctx());
        assert!(coin.value() == 300);
        transfer::public_transfer(coin, ISSUER);
    };

    scenario.next_tx(ISSUER);
    {
        let mut treasury = scenario.take_from_sender<TreasuryCap<TOKEN>>();
        let coin = scenario.take_from_sender<Coin<TOKEN>>();
        assert!(token::burn(&mut treasury, coin) == 300);
        assert!(treasury.total_supply() == 200);
        scenario.return_to_sender(treasury);
    };

    scenario.next_tx(BOB);
    {
        let coin = scenario.take_from_sender<Coin<TOKEN>>();
        assert!(coin.value() == 200);
        scenario.return_to_sender(coin);
    };
    scenario.end();
}

#[test]
#[expected_failure(abort_code = token::EMaxSupplyExceeded)]
fun cannot_exceed_max_supply() {
    let mut scenario = test_scenario::begin(ISSUER);
    token::init_for_testing(scenario.ctx());

    scenario.next_tx(ISSUER);
    let mut treasury = scenario.take_from_sender<TreasuryCap<TOKEN>>();
    token::mint(&mut treasury, token::max_supply() + 1, ALICE, scenario.ctx());
    scenario.return_to_sender(treasury);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = token::EZeroAmount)]
fun cannot_mint_zero() {
    let mut scenario = test_scenario::begin(ISSUER);
    token::init_for_testing(scenario.ctx());

    scenario.next_tx(ISSUER);
    let mut treasury = scenario.take_from_sender<TreasuryCap<TOKEN>>();
    token::mint(&mut treasury, 0, ALICE, scenario.ctx());
    scenario.return_to_sender(treasury);
    scenario.end();
}
