// Valid: a module plus a #[test_only] test module that drives it with sui::test_scenario over several transactions
module 0x42::piggy {
    public struct Piggy has key, store {
        id: UID,
        saved: u64,
    }

    public fun create(ctx: &mut TxContext): Piggy {
        Piggy { id: object::new(ctx), saved: 0 }
    }

    public fun save(p: &mut Piggy, amount: u64) {
        p.saved = p.saved + amount;
    }

    public fun saved(p: &Piggy): u64 { p.saved }
}

#[test_only]
module 0x42::piggy_tests {
    use sui::test_scenario;
    use 0x42::piggy::{Self, Piggy};

    #[test]
    fun save_twice() {
        let alice = @0xA;
        let mut scenario = test_scenario::begin(alice);
        transfer::public_transfer(piggy::create(scenario.ctx()), alice);
        scenario.next_tx(alice);
        {
            let mut p = scenario.take_from_sender<Piggy>();
            p.save(5);
            p.save(7);
            assert!(p.saved() == 12);
            scenario.return_to_sender(p);
        };
        let _ = scenario.end();
    }
}
