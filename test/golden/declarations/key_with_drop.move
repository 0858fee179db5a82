// Error: an object cannot be dropped: its `id: UID` has no `drop`.
module test::badge {
    public struct Badge has key, drop {
        id: UID,
        level: u8,
    }

    public fun level(b: &Badge): u8 { b.level }
}
