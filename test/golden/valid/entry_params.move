// Valid: entry functions with every allowed parameter kind: primitives, vector<u8>, String, ID, address, objects by value / '&' / '&mut', a final '&mut TxContext'
module 0x42::entry_params {
    use std::string::String;

    public struct Note has key {
        id: UID,
        title: String,
        body: vector<u8>,
        stars: u8,
        linked: Option<ID>,
    }

    entry fun write(title: String, body: vector<u8>, recipient: address, ctx: &mut TxContext) {
        let note = Note { id: object::new(ctx), title, body, stars: 0, linked: option::none() };
        transfer::transfer(note, recipient);
    }

    entry fun star(note: &mut Note, times: u8, loud: bool) {
        note.stars = note.stars + (if (loud) times * 2 else times);
    }

    entry fun link(note: &mut Note, other: ID) {
        note.linked = option::some(other);
    }

    entry fun compare(a: &Note, b: &Note): bool {
        a.stars > b.stars
    }

    entry fun discard(note: Note) {
        let Note { id, title: _, body: _, stars: _, linked: _ } = note;
        id.delete();
    }
}
