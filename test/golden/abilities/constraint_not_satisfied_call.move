// Error: 'duplicate<Ticket>' in 'clone_ticket' violates the constraint 'T: copy': 'Ticket' lacks 'copy'
module 0x42::constraint_not_satisfied_call {
    public struct Ticket has drop { seat: u64 }

    public fun duplicate<T: copy>(x: &T): (T, T) {
        (*x, *x)
    }

    public fun clone_ticket(t: &Ticket): u64 {
        let (a, b) = duplicate(t);
        a.seat + b.seat
    }
}
