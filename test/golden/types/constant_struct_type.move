// Error: constant 'ORIGIN' has a struct type; constants may only have primitive types, 'address' or vectors of them
module 0x42::constant_struct_type {
    public struct Point has copy, drop { x: u64, y: u64 }

    const ORIGIN: Point = Point { x: 0, y: 0 };

    public fun origin_x(): u64 { ORIGIN.x }

    public fun make(x: u64, y: u64): Point { Point { x, y } }
}
