// Valid: consumed on every path, moved out of a loop by break.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun all_paths(c: bool): u64 {
        let t = issue();
        if (c) { redeem(t) } else { let Ticket { value } = t; value + 1 }
    }
    public fun once_in_loop(): u64 {
        let t = issue();
        loop {
            break redeem(t)
        }
    }
}
