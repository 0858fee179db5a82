// Error: duplicate field 'owner' in the declaration of struct 'Deed'
module 0x42::duplicate_field {
    public struct Deed has drop {
        owner: address,
        parcel: u64,
        owner: address,
    }

    public fun parcel(d: &Deed): u64 { d.parcel }
}
