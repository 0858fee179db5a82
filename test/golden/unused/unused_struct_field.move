// Error: [warning] unused field 'created_at' of struct 'Note': no code in the module packs, reads, writes or unpacks it
module 0x42::unused_struct_field {
    public struct Note has drop {
        text: vector<u8>,
        created_at: u64,
    }

    public fun text(n: &Note): &vector<u8> { &n.text }
}
