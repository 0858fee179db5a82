// Error: a pack leaves out a field.
module test::m {
    public struct Point has drop { x: u64, y: u64 }
    public fun p(): Point { Point { x: 1 } }
}
