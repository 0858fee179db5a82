// Error: the ticket is moved in the first iteration, used again in the next.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun spend_twice(): u64 {
        let t = issue();
        let mut total = 0;
        let mut i = 0;
        while (i < 2) { total = total + redeem(t); i = i + 1; };
        total
    }
}
