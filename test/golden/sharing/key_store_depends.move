// Valid: sharing analysis: 'Ticket' has 'key + store', so any package may share it with transfer::public_share_object even though this module only transfers it
// Expect: fun issue -> fast (no object parameters)
// Expect: fun punch -> depends (parameter ticket: &mut Ticket; key + store: owned here, at line 12, but shareable by anyone)
// Expect: fun rides_left -> depends (parameter ticket: &Ticket; key + store)
module 0x42::tickets {
    public struct Ticket has key, store {
        id: UID,
        rides: u64,
    }

    public fun issue(rides: u64, recipient: address, ctx: &mut TxContext) {
        transfer::public_transfer(Ticket { id: object::new(ctx), rides }, recipient);
    }

    public fun punch(ticket: &mut Ticket) {
        ticket.rides = ticket.rides - 1;
    }

    public fun rides_left(ticket: &Ticket): u64 {
        ticket.rides
    }
}
