// Error: `*r = v` discards the old value, which lacks drop.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun swap_in(r: &mut Ticket) { *r = issue(); }
}
