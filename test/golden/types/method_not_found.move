// Error: no method 'area' for type 'Circle' in 'c.area()' (function 'report'); module 0x42::method_not_found defines no function 'area' and there is no 'use fun'
module 0x42::method_not_found {
    public struct Circle has copy, drop { radius: u64 }

    public fun new(radius: u64): Circle { Circle { radius } }

    public fun circumference(c: &Circle): u64 { 6 * c.radius }

    public fun report(c: &Circle): u64 {
        c.area()
    }
}
