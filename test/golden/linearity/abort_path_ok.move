// Valid: an abort path need not consume anything.
module test::m {
    public struct Ticket { value: u64 }
    fun issue(): Ticket { Ticket { value: 1 } }
    fun redeem(t: Ticket): u64 { let Ticket { value } = t; value }
    public fun guarded(ok: bool): u64 {
        let t = issue();
        if (!ok) abort 7;
        redeem(t)
    }
}
