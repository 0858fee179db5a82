// Valid: sharing analysis: key-only 'Board' is shared by 'open_public' and transferred by 'open_private', so a Board may be either
// Expect: fun open_public -> fast (no object parameters; it creates and shares a Board at line 12)
// Expect: fun open_private -> fast (no object parameters; it creates and transfers a Board at line 16)
// Expect: fun post -> depends (parameter board: &mut Board; shared at line 12 and transferred at line 16)
module 0x42::boards {
    public struct Board has key {
        id: UID,
        posts: u64,
    }

    public fun open_public(ctx: &mut TxContext) {
        transfer::share_object(Board { id: object::new(ctx), posts: 0 });
    }

    public fun open_private(recipient: address, ctx: &mut TxContext) {
        transfer::transfer(Board { id: object::new(ctx), posts: 0 }, recipient);
    }

    public fun post(board: &mut Board) {
        board.posts = board.posts + 1;
    }
}
