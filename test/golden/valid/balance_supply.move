// Valid: a loyalty-points Supply created from a drop witness, minting and burning Balances of a phantom-typed currency
module 0x42::loyalty {
    use sui::balance::{Self, Balance, Supply};

    public struct Points has drop {}

    public struct Program has key {
        id: UID,
        supply: Supply<Points>,
    }

    public fun launch(ctx: &mut TxContext) {
        let supply = balance::create_supply(Points {});
        transfer::share_object(Program { id: object::new(ctx), supply });
    }

    public fun reward(p: &mut Program, amount: u64): Balance<Points> {
        p.supply.increase_supply(amount)
    }

    public fun redeem(p: &mut Program, points: Balance<Points>): u64 {
        p.supply.decrease_supply(points)
    }

    public fun outstanding(p: &Program): u64 {
        p.supply.supply_value()
    }
}
