// Error: a pack names a field the struct does not have.
module test::m {
    public struct Point has drop { x: u64, y: u64 }
    public fun p(): Point { Point { x: 1, y: 2, z: 3 } }
}
