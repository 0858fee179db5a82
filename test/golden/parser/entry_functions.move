module 0x42::entry_functions {
    use std::string::String;

    public struct Note has key, store {
        id: UID,
        text: String,
        pinned: bool,
    }

    /// Private entry: parameters are primitives, strings, vectors and the context.
    entry fun create(text: String, ctx: &mut TxContext) {
        let note = Note { id: object::new(ctx), text, pinned: false };
        transfer::transfer(note, ctx.sender());
    }

    /// Public entry taking an owned object by value.
    public entry fun delete(note: Note) {
        let Note { id, text: _, pinned: _ } = note;
        object::delete(id);
    }

    /// Entry taking objects by mutable and immutable reference.
    entry fun copy_pin(from: &Note, to: &mut Note) {
        to.pinned = from.pinned;
    }

    /// Entry taking vectors, IDs and addresses; final `&TxContext` is immutable.
    public entry fun batch(ids: vector<ID>, amounts: vector<u64>, to: address, _ctx: &TxContext) {
        assert!(ids.length() == amounts.length(), 0);
        let _ = to;
    }

    /// Entry with a return value that has `drop`.
    entry fun count(notes: vector<u64>): u64 { notes.length() }

    entry fun pin(note: &mut Note) { note.pinned = true }
}
