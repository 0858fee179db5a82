// Error: a resource left in a local when the function returns.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun leak(): u64 { let t = issue(); 5 }
}
