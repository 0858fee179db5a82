// Error: 'dynamic_field::add' in 'attach' requires 'Value: store', but 'Note' has only 'drop'
module 0x42::constraint_dynamic_field_value {
    use sui::dynamic_field;

    public struct Board has key { id: UID }

    public struct Note has drop { text: vector<u8> }

    public fun attach(b: &mut Board, key: u64, text: vector<u8>) {
        dynamic_field::add(&mut b.id, key, Note { text });
    }
}
