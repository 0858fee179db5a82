// Error: `copy` of a value without the copy ability.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun dup(t: Ticket): (Ticket, Ticket) { (copy t, t) }
}
