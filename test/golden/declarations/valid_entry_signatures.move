// Valid: entry parameters a transaction can supply, results with `drop`, `TxContext` last.
module test::desk {
    use std::string::String;
    use sui::clock::Clock;
    use sui::transfer::Receiving;

    public struct Note has key, store {
        id: UID,
        text: String,
        stamp: u64,
    }

    entry fun write(text: String, clock: &Clock, ctx: &mut TxContext) {
        let note = Note { id: object::new(ctx), text, stamp: clock.timestamp_ms() };
        transfer::transfer(note, ctx.sender());
    }

    entry fun edit(note: &mut Note, text: String, _tags: vector<vector<u8>>, _ref: Option<ID>, _label: std::ascii::String) {
        note.text = text;
    }

    entry fun stamp(note: &Note): u64 { note.stamp }

    entry fun burn(note: Note) {
        let Note { id, text: _, stamp: _ } = note;
        id.delete();
    }

    entry fun burn_all(notes: vector<Note>) {
        notes.destroy!(|n| burn(n));
    }

    entry fun accept(parent: &mut Note, incoming: Receiving<Note>, ctx: &TxContext) {
        let note = transfer::receive(&mut parent.id, incoming);
        transfer::transfer(note, ctx.sender());
    }

    public entry fun pass<T: key + store>(item: T, to: address) {
        transfer::public_transfer(item, to);
    }
}
