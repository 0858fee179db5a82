// Error: the ticket is redeemed in one branch only.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun maybe(c: bool): u64 {
        let t = issue();
        if (c) { redeem(t) } else { 0 }
    }
}
