// Error: 'transfer::public_share_object' in 'open' requires 'T: key + store', but 'Board' has only 'key'
module 0x42::public_share_without_store {
    public struct Board has key { id: UID, posts: u64 }

    public fun posts(b: &Board): u64 { b.posts }

    public fun open(ctx: &mut TxContext) {
        transfer::public_share_object(Board { id: object::new(ctx), posts: 0 });
    }
}
