// Error: 'upgrade' packs the new object 'Sword' with the UID unpacked from an existing 'Dagger'; a 'key' struct must be packed with a fresh UID from object::new
module 0x42::reused_uid {
    public struct Dagger has key { id: UID, sharpness: u64 }

    public struct Sword has key { id: UID, damage: u64 }

    public fun forge(ctx: &mut TxContext): Dagger {
        Dagger { id: object::new(ctx), sharpness: 3 }
    }

    public fun damage(s: &Sword): u64 { s.damage }

    public fun upgrade(d: Dagger): Sword {
        let Dagger { id, sharpness } = d;
        Sword { id, damage: sharpness * 10 }
    }
}
