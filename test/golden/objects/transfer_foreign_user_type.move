// Error: 'transfer::transfer<Pet>' in module 0x42::courier (function 'deliver') transfers 'Pet', which is declared in 0x42::pets; private transfer is only allowed in the defining module
module 0x42::pets {
    public struct Pet has key { id: UID, age: u8 }

    public fun adopt(ctx: &mut TxContext): Pet { Pet { id: object::new(ctx), age: 0 } }

    public fun age(p: &Pet): u8 { p.age }

    public fun give(p: Pet, to: address) { transfer::transfer(p, to) }
}

module 0x42::courier {
    use 0x42::pets::Pet;

    public fun deliver(p: Pet, to: address) {
        transfer::transfer(p, to);
    }
}
