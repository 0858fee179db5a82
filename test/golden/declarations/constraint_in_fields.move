// Error: a field instantiates `Table` with a key type lacking `copy` and `drop`, and a
// generic struct passes on a parameter without the constraints `Table` needs.
module test::directory {
    use sui::table::Table;

    public struct Name has store { bytes: vector<u8> }

    public struct Directory has key {
        id: UID,
        by_name: Table<Name, address>,
    }

    public struct Index<K: store> has key {
        id: UID,
        entries: Table<K, u64>,
    }

    public fun directory_id(d: &Directory): &UID { &d.id }

    public fun index_id<K: store>(i: &Index<K>): &UID { &i.id }
}
