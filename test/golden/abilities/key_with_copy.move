// Error: object 'Pass' declares 'copy', but its field 'id: UID' lacks 'copy' (objects can never be copied)
module 0x42::key_with_copy {
    public struct Pass has key, copy {
        id: UID,
        level: u8,
    }

    public fun level(p: &Pass): u8 { p.level }
}
