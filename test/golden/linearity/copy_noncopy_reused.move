// Error: 'ticket' (type 'Ticket', no 'copy') is used again after 'let first = ticket;' moved it in 'twice'; a non-last use of a non-copy local cannot be an implicit copy
module 0x42::copy_noncopy_reused {
    public struct Ticket has drop { seat: u64 }

    public fun issue(seat: u64): Ticket { Ticket { seat } }

    public fun twice(ticket: Ticket): (Ticket, Ticket) {
        let first = ticket;
        let second = ticket;
        (first, second)
    }

    public fun seat(t: &Ticket): u64 { t.seat }
}
