// Error: signatures instantiate types with arguments that lack the constraints: a concrete
// type without `store`, and a type parameter without the constraint.
module test::shelves {
    public struct Book has drop { pages: u64 }

    public struct Shelf<T: store> has drop, store {
        items: vector<T>,
    }

    public fun shelve(_items: vector<Book>): Shelf<Book> {
        abort 0
    }

    public fun inspect<T>(_shelf: &Shelf<T>): u64 { 0 }

    public fun count<T: store>(s: &Shelf<T>): u64 { s.items.length() }

    public fun book(pages: u64): Book { Book { pages } }
}
