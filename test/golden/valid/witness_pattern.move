// Valid: the witness pattern: a generic registry keyed by a phantom type that only the type's own module can instantiate (via a drop witness)
module 0x42::registry {
    public struct Entry<phantom W> has key {
        id: UID,
        count: u64,
    }

    public fun register<W: drop>(_witness: W, ctx: &mut TxContext): Entry<W> {
        Entry { id: object::new(ctx), count: 0 }
    }

    public fun bump<W: drop>(_witness: W, e: &mut Entry<W>) {
        e.count = e.count + 1;
    }

    public fun count<W>(e: &Entry<W>): u64 {
        e.count
    }
}

module 0x42::game {
    use 0x42::registry::{Self, Entry};

    public struct GameWitness has drop {}

    public fun start(ctx: &mut TxContext): Entry<GameWitness> {
        let mut e = registry::register(GameWitness {}, ctx);
        registry::bump(GameWitness {}, &mut e);
        e
    }
}
