// Valid: transfer-to-object: Letters ('key + store') sent to a Mailbox's address are claimed with transfer::public_receive
module 0x42::mailbox {
    use sui::transfer::Receiving;

    public struct Mailbox has key {
        id: UID,
    }

    public struct Letter has key, store {
        id: UID,
        words: u64,
    }

    public fun open(ctx: &mut TxContext): Mailbox {
        Mailbox { id: object::new(ctx) }
    }

    public fun address_of(mailbox: &Mailbox): address {
        mailbox.id.to_address()
    }

    public fun send(to: address, words: u64, ctx: &mut TxContext) {
        transfer::public_transfer(Letter { id: object::new(ctx), words }, to);
    }

    public fun claim(mailbox: &mut Mailbox, ticket: Receiving<Letter>): Letter {
        transfer::public_receive(&mut mailbox.id, ticket)
    }

    public fun words(l: &Letter): u64 {
        l.words
    }
}
