// Error: '&mut b.items' borrows a field of 'basket::Basket' in module 0x42::shopper (in 'stuff'); field borrows are only allowed inside the defining module
module 0x42::basket {
    public struct Basket has drop { items: vector<u64> }

    public fun empty(): Basket { Basket { items: vector[] } }

    public fun count(b: &Basket): u64 { b.items.length() }

    public fun add(b: &mut Basket, item: u64) { b.items.push_back(item) }
}

module 0x42::shopper {
    use 0x42::basket::Basket;

    public fun stuff(b: &mut Basket) {
        let items = &mut b.items;
        items.push_back(7);
    }
}
