// Error: object 'Badge' has 'key' but no 'id: UID' field at all
module 0x42::key_missing_id {
    public struct Badge has key, store {
        level: u8,
    }

    public fun level(b: &Badge): u8 { b.level }
}
