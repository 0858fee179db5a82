// Error: 'let _uid = object::new(ctx);' in 'waste' creates a UID that is never used by an object or deleted; it is dropped at the end
module 0x42::uid_leaked_to_wildcard_local {
    public fun waste(ctx: &mut TxContext): u64 {
        let _uid = object::new(ctx);
        7
    }
}
