// Error: 'p.x = 10' in 'shift' mutates a field of the local 'p', which was declared without 'mut' (Move 2024)
module 0x42::field_assign_without_mut {
    public struct Point has copy, drop { x: u64, y: u64 }

    public fun shift(x: u64, y: u64): Point {
        let p = Point { x, y };
        p.x = 10;
        p
    }

    public fun y(p: &Point): u64 { p.y }
}
