// Error: struct 'token::Ticket' is unpacked in module 0x42::gate (in 'admit'); structs can only be unpacked inside their defining module
module 0x42::token {
    public struct Ticket { seat: u64 }

    public fun issue(seat: u64): Ticket { Ticket { seat } }

    public fun redeem(t: Ticket): u64 {
        let Ticket { seat } = t;
        seat
    }
}

module 0x42::gate {
    use 0x42::token::Ticket;

    public fun admit(t: Ticket): u64 {
        let Ticket { seat } = t;
        seat
    }
}
