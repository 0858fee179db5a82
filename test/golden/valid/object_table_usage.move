// Valid: sui::object_table::ObjectTable holding 'key + store' objects by u64 key inside a shared object
module 0x42::library {
    use std::string::String;
    use sui::object_table::{Self, ObjectTable};

    public struct Book has key, store {
        id: UID,
        title: String,
    }

    public struct Library has key {
        id: UID,
        shelf: ObjectTable<u64, Book>,
        next: u64,
    }

    public fun create(ctx: &mut TxContext) {
        transfer::share_object(Library { id: object::new(ctx), shelf: object_table::new(ctx), next: 0 });
    }

    public fun donate(lib: &mut Library, title: String, ctx: &mut TxContext): u64 {
        let key = lib.next;
        lib.shelf.add(key, Book { id: object::new(ctx), title });
        lib.next = key + 1;
        key
    }

    public fun title(lib: &Library, key: u64): String {
        lib.shelf.borrow(key).title
    }

    public fun lend(lib: &mut Library, key: u64): Book {
        lib.shelf.remove(key)
    }
}
