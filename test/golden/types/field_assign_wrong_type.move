// Error: 'c.label = 5' in 'relabel' assigns an integer to field 'label' of type 'vector<u8>'
module 0x42::field_assign_wrong_type {
    public struct Crate has drop { label: vector<u8>, weight: u64 }

    public fun new(label: vector<u8>, weight: u64): Crate { Crate { label, weight } }

    public fun weight(c: &Crate): u64 { c.weight + c.label.length() }

    public fun relabel(c: &mut Crate) {
        c.label = 5;
    }
}
