#[test_only]
module counter::counter_tests;

use counter::counter::{Self, Counter, Tally};
use sui::test_scenario;

const OWNER: address = @0xA11CE;
const OTHER: address = @0xB0B;

#[test]
fun anyone_can_increment() {
    let mut scenario = test_scenario::begin(OWNER);
    counter::create(scenario.ctx());

    scenario.next_tx(OTHER);
    {
        let mut c = scenario.take_shared<Counter>();
        assert!(c.owner() == OWNER);
        c.increment();
        c.increment();
        assert!(c.value() == 2);
        test_scenario::return_shared(c);
    };

    scenario.next_tx(OWNER);
    {
        let mut c = scenario.take_shared<Counter>();
        c.increment();
        assert!(c.value() == 3);
        test_scenario::return_shared(c);
    };
    scenario.end();
}

#[test]
fun owner_sets_value_and_deletes() {
    let mut scenario = test_scenario::begin(OWNER);
    counter::create(scenario.ctx());

    scenario.next_tx(OWNER);
    {
        let mut c = scenario.take_shared<Counter>();
        c.set_value(100, scenario.ctx());
        assert!(c.value() == 100);
        test_scenario::return_shared(c);
    };

    scenario.next_tx(OWNER);
    {
        let c = scenario.take_shared<Counter>();
        c.delete(scenario.ctx());
    };
    scenario.end();
}

#[test]
#[expected_failure(abort_code = counter::ENotOwner)]
fun other_cannot_set_value() {
    let mut scenario = test_scenario::begin(OWNER);
    counter::create(scenario.ctx());

    scenario.next_tx(OTHER);
    let mut c = scenario.take_shared<Counter>();
    c.set_value(7, scenario.ctx());
    test_scenario::return_shared(c);
    scenario.end();
}

#[test]
#[expected_failure(abort_code = counter::ENotOwner)]
fun other_cannot_delete() {
    let mut scenario = test_scenario::begin(OWNER);
    counter::create(scenario.ctx());

    scenario.next_tx(OTHER);
    let c = scenario.take_shared<Counter>();
    c.delete(scenario.ctx());
    scenario.end();
}

#[test]
fun owner_resets() {
    let mut scenario = test_scenario::begin(OWNER);
    counter::create(scenario.ctx());

    scenario.next_tx(OTHER);
    {
        let mut c = scenario.take_shared<Counter>();
        c.increment();
        c.increment();
        test_scenario::return_shared(c);
    };

    scenario.next_tx(OWNER);
    {
        let mut c = scenario.take_shared<Counter>();
        assert!(c.value() == 2);
        c.reset(scenario.ctx());
        assert!(c.value() == 0);
        // Counting goes on from zero.
        c.increment();
        assert!(c.value() == 1);
        test_scenario::return_shared(c);
    };
    scenario.end();
}

#[test]
#[expected_failure(abort_code = counter::ENotOwner)]
fun other_cannot_reset() {
    let mut scenario = test_scenario::begin(OWNER);
    counter::create(scenario.ctx());

    scenario.next_tx(OTHER);
    let mut c = scenario.take_shared<Counter>();
    c.increment();
    c.reset(scenario.ctx());
    test_scenario::return_shared(c);
    scenario.end();
}

#[test]
fun owned_tally_fast_path() {
    let mut scenario = test_scenario::begin(OWNER);
    counter::create_tally(scenario.ctx());

    scenario.next_tx(OWNER);
    {
        let mut tally = scenario.take_from_sender<Tally>();
        tally.bump();
        tally.bump_by(4);
        assert!(tally.count() == 5);
        scenario.return_to_sender(tally);
    };

    scenario.next_tx(OWNER);
    {
        assert!(scenario.has_most_recent_for_sender<Tally>());
        let tally = scenario.take_from_sender<Tally>();
        assert!(tally.count() == 5);
        tally.burn();
    };

    scenario.next_tx(OWNER);
    assert!(!scenario.has_most_recent_for_sender<Tally>());
    scenario.end();
}

/// A runaway loop never hangs a test: it ends when the per-test gas limit runs out.
#[test]
#[expected_failure(out_of_gas, location = Self)]
fun runaway_loop_runs_out_of_gas() {
    let mut scenario = test_scenario::begin(OWNER);
    counter::create(scenario.ctx());
    scenario.next_tx(OTHER);
    let mut c = scenario.take_shared<Counter>();
    let mut spins = 0u64;
    loop {
        if (spins % 1000 == 0) c.increment();
        spins = spins + 1;
    }
}
