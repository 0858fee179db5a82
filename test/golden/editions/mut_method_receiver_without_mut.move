// Error: 'items.push_back(3)' in 'build' needs '&mut items' (automatic borrow of the receiver), but 'items' was declared without 'mut' (Move 2024)
module 0x42::mut_method_receiver_without_mut {
    public fun build(): vector<u64> {
        let items = vector[1, 2];
        items.push_back(3);
        items
    }
}
