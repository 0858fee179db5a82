// Error: in 'route', 'parcel' is moved by 'deliver(parcel)' in the 'if' branch and then used by 'return_to_sender(parcel)' after the 'if'
module 0x42::moved_in_one_branch_used_after {
    public struct Parcel { weight: u64 }

    public fun new(weight: u64): Parcel { Parcel { weight } }

    public fun deliver(p: Parcel): u64 {
        let Parcel { weight } = p;
        weight
    }

    public fun return_to_sender(p: Parcel): u64 {
        let Parcel { weight } = p;
        weight + 1
    }

    public fun route(parcel: Parcel, express: bool): u64 {
        let mut cost = 0;
        if (express) {
            cost = deliver(parcel);
        };
        cost + return_to_sender(parcel)
    }
}
