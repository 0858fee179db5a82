// Valid: sharing analysis: foreign 'key + store' types (Coin<SUI>) and generic 'T: key + store' parameters may be shared or owned at run time
// Expect: fun deposit -> depends (parameter payment: Coin<SUI> by value; Coin has key + store)
// Expect: fun stash -> depends (parameter item: T with T: key + store; unknown type)
// Expect: fun total -> fast (parameter safe: &Safe; Safe is key-only and only transferred, at line 19)
// Expect: fun create -> fast (no object parameters)
module 0x42::safe {
    use sui::balance::{Self, Balance};
    use sui::coin::Coin;
    use sui::dynamic_object_field as dof;
    use sui::sui::SUI;

    public struct Safe has key {
        id: UID,
        funds: Balance<SUI>,
        items: u64,
    }

    public fun create(recipient: address, ctx: &mut TxContext) {
        transfer::transfer(Safe { id: object::new(ctx), funds: balance::zero(), items: 0 }, recipient);
    }

    public fun deposit(safe: &mut Safe, payment: Coin<SUI>) {
        safe.funds.join(payment.into_balance());
    }

    public fun stash<T: key + store>(safe: &mut Safe, item: T) {
        dof::add(&mut safe.id, safe.items, item);
        safe.items = safe.items + 1;
    }

    public fun total(safe: &Safe): u64 {
        safe.funds.value() + safe.items
    }
}
