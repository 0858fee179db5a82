// Error: 'transfer::public_transfer' in 'give' requires 'T: key + store', but 'Medal' has only 'key'
module 0x42::public_transfer_without_store {
    public struct Medal has key { id: UID, rank: u8 }

    public fun award(rank: u8, ctx: &mut TxContext): Medal {
        Medal { id: object::new(ctx), rank }
    }

    public fun rank(m: &Medal): u8 { m.rank }

    public fun give(m: Medal, to: address) {
        transfer::public_transfer(m, to);
    }
}
