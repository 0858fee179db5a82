// Error: a value used after it was moved.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun twice(): u64 {
        let t = issue();
        let a = redeem(t);
        a + redeem(t)
    }
}
