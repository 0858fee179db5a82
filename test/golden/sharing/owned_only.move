// Valid: sharing analysis: 'Note' is key-only and its module only ever transfers it, so it can never be shared (fast path)
// Expect: fun create -> fast (no object parameters)
// Expect: fun edit -> fast (parameter note: &mut Note; Note is key-only and only transferred, at line 13)
// Expect: fun length -> fast (parameter note: &Note; owned-only type)
// Expect: fun destroy -> fast (parameter note: Note by value; owned-only type)
module 0x42::notes {
    public struct Note has key {
        id: UID,
        text: vector<u8>,
    }

    public fun create(text: vector<u8>, recipient: address, ctx: &mut TxContext) {
        transfer::transfer(Note { id: object::new(ctx), text }, recipient);
    }

    public fun edit(note: &mut Note, text: vector<u8>) {
        note.text = text;
    }

    public fun length(note: &Note): u64 {
        note.text.length()
    }

    public fun destroy(note: Note) {
        let Note { id, text: _ } = note;
        id.delete();
    }
}
