// Error: entry results must have `drop` and cannot be references.
module test::mint_entry {
    use sui::balance::Balance;
    use sui::sui::SUI;

    public struct Ticket has key, store { id: UID }

    entry fun mint(ctx: &mut TxContext): Ticket {
        Ticket { id: object::new(ctx) }
    }

    entry fun peek(t: &Ticket): &UID { &t.id }

    entry fun split(_amount: u64): (u64, Balance<SUI>) { abort 0 }

    entry fun count(_t: &Ticket): u64 { 1 }
}
