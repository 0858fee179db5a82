// Error: the type 'Shelf<Book>' in the signature of 'shelve' violates the constraint 'T: store' of 'Shelf': 'Book' lacks 'store'
module 0x42::constraint_not_satisfied_struct_type {
    public struct Book has drop { pages: u64 }

    public struct Shelf<T: store> has drop, store {
        items: vector<T>,
    }

    public fun shelve(items: vector<Book>): Shelf<Book> {
        Shelf { items }
    }

    public fun count<T: store>(s: &Shelf<T>): u64 { s.items.length() }

    public fun book(pages: u64): Book { Book { pages } }
}
