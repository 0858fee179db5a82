// Error: 'label_of' returns '&item.label', a reference into the by-value parameter 'item', which is a local of the function (not a reference parameter)
module 0x42::return_ref_from_value_param {
    public struct Item has drop { label: vector<u8>, price: u64 }

    public fun new(label: vector<u8>, price: u64): Item { Item { label, price } }

    public fun price(i: &Item): u64 { i.price }

    public fun label_of(item: Item): &vector<u8> {
        &item.label
    }
}
