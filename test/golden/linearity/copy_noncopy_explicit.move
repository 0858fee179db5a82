// Error: 'copy ticket' in 'duplicate' copies a value of type 'Ticket', which lacks 'copy'
module 0x42::copy_noncopy_explicit {
    public struct Ticket has drop { seat: u64 }

    public fun issue(seat: u64): Ticket { Ticket { seat } }

    public fun duplicate(ticket: Ticket): (Ticket, Ticket) {
        let other = copy ticket;
        (ticket, other)
    }

    public fun seat(t: &Ticket): u64 { t.seat }
}
