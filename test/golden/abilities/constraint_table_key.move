// Error: 'Table<Name, u64>' in 'Directory' requires the key type to have 'copy + drop + store', but 'Name' only has 'store'
module 0x42::constraint_table_key {
    use sui::table::Table;

    public struct Name has store { bytes: vector<u8> }

    public struct Directory has key {
        id: UID,
        entries: Table<Name, u64>,
    }

    public fun size(d: &Directory): u64 { d.entries.length() }

    public fun name(bytes: vector<u8>): Name { Name { bytes } }
}
