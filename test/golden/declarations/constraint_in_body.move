// Error: types written inside bodies (annotations, vector literals, type arguments of calls)
// are held to the constraints of the datatypes they instantiate.
module test::bodies {
    use sui::table::Table;

    public struct Key has store { n: u64 }

    public struct Loose has copy, drop {}

    public fun build(): u64 {
        let slot: Option<Table<Key, u64>> = option::none();
        slot.destroy_none();
        let empty = vector<Table<Key, bool>>[];
        empty.destroy_empty();
        let more = vector::empty<Table<u64, Loose>>();
        more.destroy_empty();
        0
    }
}
