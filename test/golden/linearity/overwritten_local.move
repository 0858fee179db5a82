// Error: reassigning a local that holds a resource discards it.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun replace(): u64 {
        let mut t = issue();
        t = issue();
        redeem(t)
    }
}
