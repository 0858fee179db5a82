/// Wrapping objects inside other objects, by value, in a vector and in an Option.
module deed_examples::sui_object_wrapping;

public struct Gem has key, store {
    id: UID,
    carats: u8,
}

/// Holds one gem by value: the gem disappears from the store while wrapped.
public struct Ring has key, store {
    id: UID,
    gem: Gem,
}

/// Holds any number of gems, and maybe a ring.
public struct Chest has key {
    id: UID,
    gems: vector<Gem>,
    ring: Option<Ring>,
}

public fun gem(carats: u8, ctx: &mut TxContext): Gem {
    Gem { id: object::new(ctx), carats }
}

public fun set(gem: Gem, ctx: &mut TxContext): Ring {
    Ring { id: object::new(ctx), gem }
}

public fun unset(ring: Ring): Gem {
    let Ring { id, gem } = ring;
    id.delete();
    gem
}

public fun chest(ctx: &mut TxContext) {
    let chest = Chest { id: object::new(ctx), gems: vector[], ring: option::none() };
    transfer::transfer(chest, ctx.sender());
}

public fun stash(chest: &mut Chest, gem: Gem) {
    chest.gems.push_back(gem);
}

public fun stash_ring(chest: &mut Chest, ring: Ring) {
    chest.ring.fill(ring);
}

public fun take_all(chest: &mut Chest): vector<Gem> {
    let mut out = vector[];
    while (!chest.gems.is_empty()) {
        out.push_back(chest.gems.pop_back());
    };
    out
}

public fun take_ring(chest: &mut Chest): Ring {
    chest.ring.extract()
}

public fun total_carats(chest: &Chest): u64 {
    let mut total = 0;
    chest.gems.do_ref!(|g| total = total + (g.carats as u64));
    total
}
