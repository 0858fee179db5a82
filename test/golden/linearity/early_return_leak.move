// Error: an early return leaves a resource behind.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun guarded(ok: bool): u64 {
        let t = issue();
        if (!ok) return 0;
        redeem(t)
    }
}
