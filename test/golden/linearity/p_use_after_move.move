// Error: 'ticket' is used by 'ticket.seat()' in 'check_in' after 'archive(ticket)' moved it
module 0x42::use_after_move {
    public struct Ticket has store { seat: u64 }

    public struct Archive has drop { count: u64 }

    public fun issue(seat: u64): Ticket { Ticket { seat } }

    public fun seat(t: &Ticket): u64 { t.seat }

    public fun archive(t: Ticket): Archive {
        let Ticket { seat } = t;
        Archive { count: seat }
    }

    public fun count(a: &Archive): u64 { a.count }

    public fun check_in(ticket: Ticket): u64 {
        let a = archive(ticket);
        a.count() + ticket.seat()
    }
}
