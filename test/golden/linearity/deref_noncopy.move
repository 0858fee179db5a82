// Error: '*r' in 'snapshot' reads a 'Badge' through a reference, which needs 'copy', and 'Badge' lacks it
module 0x42::deref_noncopy {
    public struct Badge has drop { level: u8 }

    public fun new(level: u8): Badge { Badge { level } }

    public fun snapshot(r: &Badge): Badge {
        *r
    }

    public fun level(b: &Badge): u8 { b.level }
}
