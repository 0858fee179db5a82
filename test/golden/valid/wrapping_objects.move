// Valid: wrapping a 'key + store' object inside another object's Option field and unwrapping it again
module 0x42::display_case {
    const EOccupied: u64 = 1;
    const EEmpty: u64 = 2;

    public struct Gem has key, store {
        id: UID,
        carats: u64,
    }

    public struct Case has key {
        id: UID,
        item: Option<Gem>,
    }

    public fun new_gem(carats: u64, ctx: &mut TxContext): Gem {
        Gem { id: object::new(ctx), carats }
    }

    public fun new_case(ctx: &mut TxContext): Case {
        Case { id: object::new(ctx), item: option::none() }
    }

    public fun put(case: &mut Case, gem: Gem) {
        assert!(case.item.is_none(), EOccupied);
        case.item.fill(gem);
    }

    public fun take(case: &mut Case): Gem {
        assert!(case.item.is_some(), EEmpty);
        case.item.extract()
    }

    public fun carats(case: &Case): u64 {
        if (case.item.is_some()) case.item.borrow().carats else 0
    }
}
