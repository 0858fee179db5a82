// Valid: sui::dynamic_object_field to keep 'key + store' child objects under a parent: add, exists_, borrow, borrow_mut, remove
module 0x42::garage {
    use sui::dynamic_object_field as dof;

    public struct Car has key, store {
        id: UID,
        miles: u64,
    }

    public struct Garage has key {
        id: UID,
        spots: u64,
    }

    public fun new_garage(ctx: &mut TxContext): Garage { Garage { id: object::new(ctx), spots: 0 } }

    public fun new_car(ctx: &mut TxContext): Car { Car { id: object::new(ctx), miles: 0 } }

    public fun park(g: &mut Garage, car: Car) {
        let spot = g.spots;
        dof::add(&mut g.id, spot, car);
        g.spots = spot + 1;
    }

    public fun drive(g: &mut Garage, spot: u64, miles: u64) {
        let car: &mut Car = dof::borrow_mut(&mut g.id, spot);
        car.miles = car.miles + miles;
    }

    public fun odometer(g: &Garage, spot: u64): u64 {
        if (!dof::exists_(&g.id, spot)) return 0;
        let car: &Car = dof::borrow(&g.id, spot);
        car.miles
    }

    public fun leave(g: &mut Garage, spot: u64): Car {
        dof::remove(&mut g.id, spot)
    }
}
