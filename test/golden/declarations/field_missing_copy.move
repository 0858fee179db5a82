// Error: a `copy` struct holds a field whose type has no `copy`.
module test::tickets {
    public struct Ticket has drop { seat: u64 }

    public struct Stub has copy, drop {
        ticket: Ticket,
        row: u8,
    }

    public fun row(s: &Stub): u8 { s.row }
}
