// Error: unbound field 'z' in 'p.z' (function 'depth'): struct 'Point' only has fields 'x' and 'y'
module 0x42::unknown_field {
    public struct Point has copy, drop { x: u64, y: u64 }

    public fun new(x: u64, y: u64): Point { Point { x, y } }

    public fun depth(p: &Point): u64 {
        p.x + p.y + p.z
    }
}
