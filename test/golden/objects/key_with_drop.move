// Error: object 'Note' declares 'drop' but its field 'id: UID' lacks 'drop' (objects cannot be silently discarded)
module 0x42::key_with_drop {
    public struct Note has key, drop {
        id: UID,
        text: vector<u8>,
    }

    public fun text(n: &Note): &vector<u8> { &n.text }
}
