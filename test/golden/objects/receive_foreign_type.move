// Error: 'transfer::receive<Parcel>' in module 0x42::mailbox (function 'collect') receives 'Parcel', declared in 0x42::parcel; use public_receive for 'key + store' types or receive inside the defining module
module 0x42::parcel {
    public struct Parcel has key { id: UID, weight: u64 }

    public fun weight(p: &Parcel): u64 { p.weight }
}

module 0x42::mailbox {
    use sui::transfer::Receiving;
    use 0x42::parcel::Parcel;

    public struct Mailbox has key { id: UID }

    public fun collect(m: &mut Mailbox, ticket: Receiving<Parcel>): Parcel {
        transfer::receive(&mut m.id, ticket)
    }
}
