// Error: 'names.push_back(42)' in 'add' pushes an integer into a 'vector<vector<u8>>'
module 0x42::push_wrong_element_type {
    public fun add(names: &mut vector<vector<u8>>) {
        names.push_back(42);
    }
}
