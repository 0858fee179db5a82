// Error: 'wrap' packs the object 'Crate' with the UID received as parameter 'id'; the verifier only accepts UIDs fresh from object::new in the same function
module 0x42::uid_from_parameter {
    public struct Crate has key { id: UID, weight: u64 }

    public fun weight(c: &Crate): u64 { c.weight }

    public fun wrap(id: UID, weight: u64): Crate {
        Crate { id, weight }
    }
}
