#[test_only]
module auction::auction_tests;

use auction::auction::{Self, Auction};
use sui::clock::{Self, Clock};
use sui::coin::{Self, Coin};
use sui::sui::SUI;
use sui::test_scenario::{Self, Scenario};

const SELLER: address = @0x5E11E4;
const ALICE: address = @0xA11CE;
const BOB: address = @0xB0B;

const START_MS: u64 = 1_000_000;
const DURATION_MS: u64 = 60_000;

/// The item for sale; any `key + store` object works.
public struct Vase has key, store {
    id: UID,
}

/// SELLER creates a clock at START_MS (shared, as on a real network) and auctions a vase
/// with a minimum bid of 100.
fun setup(): Scenario {
    let mut scenario = test_scenario::begin(SELLER);
    let mut clock = clock::create_for_testing(scenario.ctx());
    clock.set_for_testing(START_MS);
    clock.share_for_testing();

    scenario.next_tx(SELLER);
    {
        let clock = scenario.take_shared<Clock>();
        let vase = Vase { id: object::new(scenario.ctx()) };
        auction::create(vase, 100, DURATION_MS, &clock, scenario.ctx());
        test_scenario::return_shared(clock);
    };
    scenario
}

/// In a new transaction from `bidder`, bid `amount` MIST.
fun bid(scenario: &mut Scenario, bidder: address, amount: u64) {
    scenario.next_tx(bidder);
    let mut auction = scenario.take_shared<Auction<Vase>>();
    let clock = scenario.take_shared<Clock>();
    let payment = coin::mint_for_testing<SUI>(amount, scenario.ctx());
    auction.bid(payment, &clock, scenario.ctx());
    test_scenario::return_shared(auction);
    test_scenario::return_shared(clock);
}

/// In a new transaction from `sender`, move the clock `ms` forward.
fun advance_clock(scenario: &mut Scenario, sender: address, ms: u64) {
    scenario.next_tx(sender);
    let mut clock = scenario.take_shared<Clock>();
    clock.increment_for_testing(ms);
    test_scenario::return_shared(clock);
}

/// In a new transaction from `sender`, settle the auction.
fun settle(scenario: &mut Scenario, sender: address) {
    scenario.next_tx(sender);
    let auction = scenario.take_shared<Auction<Vase>>();
    let clock = scenario.take_shared<Clock>();
    auction.settle(&clock, scenario.ctx());
    test_scenario::return_shared(clock);
}

/// The total value of the SUI coins `owner` holds.
fun sui_of(scenario: &Scenario, owner: address): u64 {
    let ids = test_scenario::ids_for_address<Coin<SUI>>(owner);
    let mut total = 0;
    ids.do!(|id| {
        let c = scenario.take_from_address_by_id<Coin<SUI>>(owner, id);
        total = total + c.value();
        test_scenario::return_to_address(owner, c);
    });
    total
}

#[test]
fun highest_bid_wins() {
    let mut scenario = setup();
    bid(&mut scenario, ALICE, 100);
    bid(&mut scenario, BOB, 150);
    bid(&mut scenario, ALICE, 200);

    scenario.next_tx(SELLER);
    {
        let auction = scenario.take_shared<Auction<Vase>>();
        let clock = scenario.take_shared<Clock>();
        assert!(auction.highest_bid() == 200);
        assert!(auction.highest_bidder() == option::some(ALICE));
        assert!(auction.end_ms() == START_MS + DURATION_MS);
        assert!(auction.is_open(&clock));
        test_scenario::return_shared(auction);
        test_scenario::return_shared(clock);
    };

    // Outbid bidders were refunded at once.
    assert!(sui_of(&scenario, ALICE) == 100);
    assert!(sui_of(&scenario, BOB) == 150);

    advance_clock(&mut scenario, SELLER, DURATION_MS);
    settle(&mut scenario, BOB);

    scenario.next_tx(ALICE);
    assert!(scenario.has_most_recent_for_sender<Vase>());
    assert!(sui_of(&scenario, SELLER) == 200);
    assert!(!test_scenario::has_most_recent_shared<Auction<Vase>>());
    scenario.end();
}

#[test]
fun no_bids_returns_the_item() {
    let mut scenario = setup();
    advance_clock(&mut scenario, SELLER, DURATION_MS + 1);
    settle(&mut scenario, ALICE);

    scenario.next_tx(SELLER);
    assert!(scenario.has_most_recent_for_sender<Vase>());
    assert!(sui_of(&scenario, SELLER) == 0);
    scenario.end();
}

#[test]
fun seller_cancels_before_bids() {
    let mut scenario = setup();
    scenario.next_tx(SELLER);
    {
        let auction = scenario.take_shared<Auction<Vase>>();
        let vase = auction.cancel(scenario.ctx());
        transfer::public_transfer(vase, SELLER);
    };
    scenario.next_tx(SELLER);
    assert!(scenario.has_most_recent_for_sender<Vase>());
    scenario.end();
}

#[test]
#[expected_failure(abort_code = auction::EBidTooLow)]
fun bid_below_minimum() {
    let mut scenario = setup();
    bid(&mut scenario, ALICE, 99);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = auction::EBidTooLow)]
fun bid_must_beat_highest() {
    let mut scenario = setup();
    bid(&mut scenario, ALICE, 500);
    bid(&mut scenario, BOB, 500);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = auction::EAuctionEnded)]
fun no_bids_after_deadline() {
    let mut scenario = setup();
    advance_clock(&mut scenario, SELLER, DURATION_MS);
    bid(&mut scenario, ALICE, 500);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = auction::EAuctionNotEnded)]
fun no_settlement_before_deadline() {
    let mut scenario = setup();
    bid(&mut scenario, ALICE, 500);
    advance_clock(&mut scenario, SELLER, DURATION_MS - 1);
    settle(&mut scenario, ALICE);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = auction::EHasBids)]
fun no_cancel_after_a_bid() {
    let mut scenario = setup();
    bid(&mut scenario, ALICE, 500);
    scenario.next_tx(SELLER);
    let auction = scenario.take_shared<Auction<Vase>>();
    let vase = auction.cancel(scenario.ctx());
    transfer::public_transfer(vase, SELLER);
    scenario.end();
}
