// Valid: every written instantiation satisfies the constraints of its datatype.
module test::index {
    use sui::table::{Self, Table};
    use sui::dynamic_field as df;

    public struct Index<phantom K: copy + drop + store> has key {
        id: UID,
        entries: Table<K, vector<u64>>,
    }

    public fun new<K: copy + drop + store>(ctx: &mut TxContext): Index<K> {
        Index { id: object::new(ctx), entries: table::new<K, vector<u64>>(ctx) }
    }

    public fun add<K: copy + drop + store>(index: &mut Index<K>, key: K, value: u64) {
        if (!index.entries.contains(key)) index.entries.add(key, vector<u64>[]);
        let list: &mut vector<u64> = &mut index.entries[key];
        list.push_back(value);
    }

    public fun tag<K: copy + drop + store>(index: &mut Index<K>, name: vector<u8>) {
        df::add<vector<u8>, bool>(&mut index.id, name, true);
    }
}
