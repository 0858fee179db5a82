// Error: struct 'geometry::Point' is packed in module 0x42::drawing (in 'origin'); structs can only be packed inside their defining module
module 0x42::geometry {
    public struct Point has copy, drop { x: u64, y: u64 }

    public fun new(x: u64, y: u64): Point { Point { x, y } }

    public fun x(p: &Point): u64 { p.x }

    public fun y(p: &Point): u64 { p.y }
}

module 0x42::drawing {
    use 0x42::geometry::Point;

    public fun origin(): Point {
        Point { x: 0, y: 0 }
    }
}
