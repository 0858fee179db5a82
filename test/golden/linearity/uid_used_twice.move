// Error: in 'twins', the same 'id' (no 'copy') packs both 'Left' and 'Right'; the second pack uses a moved value
module 0x42::uid_used_twice {
    public struct Left has key { id: UID }

    public struct Right has key { id: UID }

    public fun twins(ctx: &mut TxContext): (Left, Right) {
        let id = object::new(ctx);
        (Left { id }, Right { id })
    }
}
