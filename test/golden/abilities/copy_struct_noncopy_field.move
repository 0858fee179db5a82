// Error: struct 'Snapshot' declares 'copy' but its field 'ticket' has type 'Ticket', which lacks 'copy'
module 0x42::copy_struct_noncopy_field {
    public struct Ticket has drop { seat: u64 }

    public struct Snapshot has copy, drop {
        taken_at: u64,
        ticket: Ticket,
    }

    public fun take(taken_at: u64, seat: u64): Snapshot {
        Snapshot { taken_at, ticket: Ticket { seat } }
    }

    public fun seat(s: &Snapshot): u64 { s.ticket.seat + s.taken_at }
}
