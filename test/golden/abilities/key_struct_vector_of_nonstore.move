// Error: object 'Album' has 'key' but field 'photos' has type 'vector<Photo>', which lacks 'store' because 'Photo' lacks it
module 0x42::key_struct_vector_of_nonstore {
    public struct Photo has copy, drop { hash: u256 }

    public struct Album has key {
        id: UID,
        photos: vector<Photo>,
    }

    public fun create(ctx: &mut TxContext): Album {
        Album { id: object::new(ctx), photos: vector[] }
    }

    public fun size(a: &Album): u64 { a.photos.length() }

    public fun photo(hash: u256): Photo { Photo { hash } }
}
