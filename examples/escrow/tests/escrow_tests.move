#[test_only]
module escrow::escrow_tests;

use escrow::lock::{Self, Key, Locked};
use escrow::owned;
use escrow::shared;
use sui::test_scenario::{Self, Scenario};

const ALICE: address = @0xA11CE;
const BOB: address = @0xB0B;
const CUSTODIAN: address = @0xC057;

/// Whatever the parties trade; any `key + store` object works.
public struct Item has key, store {
    id: UID,
    name: vector<u8>,
}

/// In a new transaction from `owner`: make an item, lock it, keep lock and key.
/// Returns `(key ID, lock ID)`.
fun lock_item(scenario: &mut Scenario, owner: address, name: vector<u8>): (ID, ID) {
    scenario.next_tx(owner);
    let item = Item { id: object::new(scenario.ctx()), name };
    let (locked, key) = lock::lock(item, scenario.ctx());
    let (key_id, lock_id) = (object::id(&key), object::id(&locked));
    transfer::public_transfer(locked, owner);
    transfer::public_transfer(key, owner);
    (key_id, lock_id)
}

/// The name of the item `owner` holds (in a new transaction from `owner`).
fun item_name_of(scenario: &mut Scenario, owner: address): vector<u8> {
    scenario.next_tx(owner);
    let item = scenario.take_from_sender<Item>();
    let name = item.name;
    scenario.return_to_sender(item);
    name
}

/// In a new transaction from `owner`: put their locked item in escrow with the custodian.
fun escrow_with_custodian(scenario: &mut Scenario, owner: address, exchange_key: ID, recipient: address) {
    scenario.next_tx(owner);
    let key = scenario.take_from_sender<Key>();
    let locked = scenario.take_from_sender<Locked<Item>>();
    owned::create(key, locked, exchange_key, recipient, CUSTODIAN, scenario.ctx());
}

// === lock ===

#[test]
fun lock_and_unlock() {
    let mut scenario = test_scenario::begin(ALICE);
    let (key_id, lock_id) = lock_item(&mut scenario, ALICE, b"lamp");

    scenario.next_tx(ALICE);
    {
        let key = scenario.take_from_sender<Key>();
        let locked = scenario.take_from_sender<Locked<Item>>();
        assert!(object::id(&key) == key_id);
        assert!(object::id(&locked) == lock_id);
        assert!(locked.key_id() == key_id);
        let item = locked.unlock(key);
        assert!(item.name == b"lamp");
        transfer::public_transfer(item, ALICE);
    };
    assert!(item_name_of(&mut scenario, ALICE) == b"lamp");
    scenario.end();
}

#[test]
#[expected_failure(abort_code = lock::ELockKeyMismatch)]
fun unlock_needs_its_own_key() {
    let mut scenario = test_scenario::begin(ALICE);
    let (_, lock1) = lock_item(&mut scenario, ALICE, b"one");
    let (key2, _) = lock_item(&mut scenario, ALICE, b"two");

    scenario.next_tx(ALICE);
    let key = scenario.take_from_sender_by_id<Key>(key2);
    let locked = scenario.take_from_sender_by_id<Locked<Item>>(lock1);
    let item = locked.unlock(key);
    transfer::public_transfer(item, ALICE);
    scenario.end();
}

// === owned: swap through a custodian ===

#[test]
fun owned_swap() {
    let mut scenario = test_scenario::begin(ALICE);
    let (key_a, _) = lock_item(&mut scenario, ALICE, b"apple");
    let (key_b, _) = lock_item(&mut scenario, BOB, b"banana");

    escrow_with_custodian(&mut scenario, ALICE, key_b, BOB);
    escrow_with_custodian(&mut scenario, BOB, key_a, ALICE);

    scenario.next_tx(CUSTODIAN);
    {
        let e1 = scenario.take_from_sender<owned::Escrow<Item>>();
        let e2 = scenario.take_from_sender<owned::Escrow<Item>>();
        owned::swap(e1, e2);
    };

    assert!(item_name_of(&mut scenario, ALICE) == b"banana");
    assert!(item_name_of(&mut scenario, BOB) == b"apple");
    scenario.end();
}

#[test]
fun owned_cancel() {
    let mut scenario = test_scenario::begin(ALICE);
    let (_, _) = lock_item(&mut scenario, ALICE, b"apple");
    let (key_b, _) = lock_item(&mut scenario, BOB, b"banana");
    escrow_with_custodian(&mut scenario, ALICE, key_b, BOB);

    scenario.next_tx(CUSTODIAN);
    {
        let e = scenario.take_from_sender<owned::Escrow<Item>>();
        owned::return_to_sender(e);
    };
    assert!(item_name_of(&mut scenario, ALICE) == b"apple");
    scenario.end();
}

#[test]
#[expected_failure(abort_code = owned::EMismatchedExchangeObject)]
fun owned_swap_needs_the_promised_objects() {
    let mut scenario = test_scenario::begin(ALICE);
    let (key_a, _) = lock_item(&mut scenario, ALICE, b"apple");
    let (key_banana, lock_banana) = lock_item(&mut scenario, BOB, b"banana");
    let (key_cherry, _) = lock_item(&mut scenario, BOB, b"cherry");

    // Alice asks for Bob's cherry, but Bob escrows his banana.
    escrow_with_custodian(&mut scenario, ALICE, key_cherry, BOB);
    scenario.next_tx(BOB);
    {
        let key = scenario.take_from_sender_by_id<Key>(key_banana);
        let locked = scenario.take_from_sender_by_id<Locked<Item>>(lock_banana);
        owned::create(key, locked, key_a, ALICE, CUSTODIAN, scenario.ctx());
    };

    scenario.next_tx(CUSTODIAN);
    let e1 = scenario.take_from_sender<owned::Escrow<Item>>();
    let e2 = scenario.take_from_sender<owned::Escrow<Item>>();
    owned::swap(e1, e2);
    scenario.end();
}

// === shared: swap through a shared object ===

/// Bob locks a banana, Alice escrows an apple asking for it. Returns Bob's key ID.
fun shared_setup(scenario: &mut Scenario): ID {
    let (key_b, _) = lock_item(scenario, BOB, b"banana");
    scenario.next_tx(ALICE);
    let apple = Item { id: object::new(scenario.ctx()), name: b"apple" };
    shared::create(apple, key_b, BOB, scenario.ctx());
    key_b
}

#[test]
fun shared_swap() {
    let mut scenario = test_scenario::begin(ALICE);
    let key_b = shared_setup(&mut scenario);

    scenario.next_tx(BOB);
    {
        let escrow = scenario.take_shared<shared::Escrow<Item>>();
        assert!(escrow.recipient() == BOB);
        assert!(escrow.exchange_key() == key_b);
        let key = scenario.take_from_sender<Key>();
        let locked = scenario.take_from_sender<Locked<Item>>();
        let apple: Item = escrow.swap(key, locked, scenario.ctx());
        assert!(apple.name == b"apple");
        transfer::public_transfer(apple, BOB);
    };

    assert!(item_name_of(&mut scenario, ALICE) == b"banana");
    assert!(item_name_of(&mut scenario, BOB) == b"apple");
    scenario.end();
}

#[test]
fun shared_cancel() {
    let mut scenario = test_scenario::begin(ALICE);
    shared_setup(&mut scenario);

    scenario.next_tx(ALICE);
    {
        let escrow = scenario.take_shared<shared::Escrow<Item>>();
        let apple: Item = escrow.return_to_sender(scenario.ctx());
        transfer::public_transfer(apple, ALICE);
    };
    assert!(item_name_of(&mut scenario, ALICE) == b"apple");
    scenario.end();
}

#[test]
#[expected_failure(abort_code = shared::EMismatchedSenderRecipient)]
fun shared_only_sender_cancels() {
    let mut scenario = test_scenario::begin(ALICE);
    shared_setup(&mut scenario);

    scenario.next_tx(BOB);
    let escrow = scenario.take_shared<shared::Escrow<Item>>();
    let apple: Item = escrow.return_to_sender(scenario.ctx());
    transfer::public_transfer(apple, BOB);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = shared::EMismatchedExchangeObject)]
fun shared_swap_needs_the_named_key() {
    let mut scenario = test_scenario::begin(ALICE);
    shared_setup(&mut scenario);
    // Bob locks something else and tries to trade that instead.
    let (key_other, lock_other) = lock_item(&mut scenario, BOB, b"pebble");

    scenario.next_tx(BOB);
    let escrow = scenario.take_shared<shared::Escrow<Item>>();
    let key = scenario.take_from_sender_by_id<Key>(key_other);
    let locked = scenario.take_from_sender_by_id<Locked<Item>>(lock_other);
    let apple: Item = escrow.swap(key, locked, scenario.ctx());
    transfer::public_transfer(apple, BOB);
    scenario.end();
}
