#[test_only]
module marketplace::marketplace_tests;

use marketplace::marketplace::{Self, AdminCap, Marketplace};
use sui::coin::{Self, Coin};
use sui::sui::SUI;
use sui::test_scenario::{Self, Scenario};

const ADMIN: address = @0xAD;
const SELLER: address = @0x5E11E4;
const BUYER: address = @0xB0B;

/// Any `key + store` object can be sold; this one exists only in tests.
public struct Painting has key, store {
    id: UID,
    title: vector<u8>,
}

/// Publish the marketplace as ADMIN, then start a transaction from SELLER.
fun setup(): Scenario {
    let mut scenario = test_scenario::begin(ADMIN);
    marketplace::init_for_testing(scenario.ctx());
    scenario.next_tx(SELLER);
    scenario
}

/// SELLER lists a fresh painting; returns its ID.
fun list_painting(scenario: &mut Scenario, title: vector<u8>, price: u64): ID {
    let mut market = scenario.take_shared<Marketplace>();
    let painting = Painting { id: object::new(scenario.ctx()), title };
    let item_id = market.list(painting, price, scenario.ctx());
    test_scenario::return_shared(market);
    item_id
}

#[test]
fun list_and_purchase() {
    let mut scenario = setup();
    let item_id = list_painting(&mut scenario, b"Sunset", 1_000);

    scenario.next_tx(BUYER);
    {
        let mut market = scenario.take_shared<Marketplace>();
        assert!(market.is_listed(item_id));
        assert!(market.price(item_id) == 1_000);
        assert!(market.borrow_item<Painting>(item_id).title == b"Sunset");

        let payment = coin::mint_for_testing<SUI>(1_000, scenario.ctx());
        let painting: Painting = market.purchase(item_id, payment, scenario.ctx());
        assert!(painting.title == b"Sunset");
        assert!(!market.is_listed(item_id));
        assert!(market.buyer_of(item_id) == option::some(BUYER));
        assert!(market.state_name(item_id) == b"sold");
        assert!(market.collected_fees() == 25);
        assert!(market.active_count() == 0);

        transfer::public_transfer(painting, BUYER);
        test_scenario::return_shared(market);
    };

    // The seller received the price minus the 2.5% fee.
    scenario.next_tx(SELLER);
    {
        let proceeds = scenario.take_from_sender<Coin<SUI>>();
        assert!(proceeds.value() == 975);
        scenario.return_to_sender(proceeds);
    };

    // The admin collects the fee.
    scenario.next_tx(ADMIN);
    {
        let cap = scenario.take_from_sender<AdminCap>();
        let mut market = scenario.take_shared<Marketplace>();
        let fees = marketplace::withdraw_fees(&cap, &mut market, scenario.ctx());
        assert!(fees.value() == 25);
        assert!(market.collected_fees() == 0);
        coin::burn_for_testing(fees);
        test_scenario::return_shared(market);
        scenario.return_to_sender(cap);
    };
    scenario.end();
}

#[test]
fun seller_delists_and_relists() {
    let mut scenario = setup();
    let item_id = list_painting(&mut scenario, b"Harbour", 300);

    scenario.next_tx(SELLER);
    {
        let mut market = scenario.take_shared<Marketplace>();
        let painting: Painting = market.delist(item_id, scenario.ctx());
        assert!(market.state_name(item_id) == b"cancelled");
        assert!(market.buyer_of(item_id).is_none());

        // The same object can be listed again, at a new price.
        let relisted = market.list(painting, 400, scenario.ctx());
        assert!(relisted == item_id);
        assert!(market.is_listed(item_id));
        assert!(market.price(item_id) == 400);
        test_scenario::return_shared(market);
    };
    scenario.end();
}

#[test]
#[expected_failure(abort_code = marketplace::EWrongPayment)]
fun wrong_payment_rejected() {
    let mut scenario = setup();
    let item_id = list_painting(&mut scenario, b"Dunes", 1_000);

    scenario.next_tx(BUYER);
    let mut market = scenario.take_shared<Marketplace>();
    let payment = coin::mint_for_testing<SUI>(999, scenario.ctx());
    let painting: Painting = market.purchase(item_id, payment, scenario.ctx());
    transfer::public_transfer(painting, BUYER);
    test_scenario::return_shared(market);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = marketplace::ENotSeller)]
fun only_seller_can_delist() {
    let mut scenario = setup();
    let item_id = list_painting(&mut scenario, b"Forest", 500);

    scenario.next_tx(BUYER);
    let mut market = scenario.take_shared<Marketplace>();
    let painting: Painting = market.delist(item_id, scenario.ctx());
    transfer::public_transfer(painting, BUYER);
    test_scenario::return_shared(market);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = marketplace::EAlreadySold)]
fun cannot_buy_twice() {
    let mut scenario = setup();
    let item_id = list_painting(&mut scenario, b"Rain", 100);

    scenario.next_tx(BUYER);
    {
        let mut market = scenario.take_shared<Marketplace>();
        let payment = coin::mint_for_testing<SUI>(100, scenario.ctx());
        let painting: Painting = market.purchase(item_id, payment, scenario.ctx());
        transfer::public_transfer(painting, BUYER);
        test_scenario::return_shared(market);
    };

    scenario.next_tx(ADMIN);
    let mut market = scenario.take_shared<Marketplace>();
    let payment = coin::mint_for_testing<SUI>(100, scenario.ctx());
    let painting: Painting = market.purchase(item_id, payment, scenario.ctx());
    transfer::public_transfer(painting, ADMIN);
    test_scenario::return_shared(market);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = marketplace::EFeeTooHigh)]
fun fee_is_capped() {
    let mut scenario = setup();
    scenario.next_tx(ADMIN);
    let cap = scenario.take_from_sender<AdminCap>();
    let mut market = scenario.take_shared<Marketplace>();
    marketplace::set_fee(&cap, &mut market, 1_001);
    test_scenario::return_shared(market);
    scenario.return_to_sender(cap);
    scenario.end();
}
