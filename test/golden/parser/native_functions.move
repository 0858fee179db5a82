/// Native functions in a standard-library style module.
module 0x1::native_functions {
    native public fun hash(data: vector<u8>): vector<u8>;

    public native fun length_of<T>(v: &vector<T>): u64;

    native fun size_of<T>(x: &T): u64;

    native fun swap_bytes(v: &mut vector<u8>, i: u64, j: u64);

    public(package) native fun internal_counter(): u64;

    native public fun pair<A: copy + drop, B: store>(a: A, b: B): (A, B);

    public fun digest_twice(data: vector<u8>): vector<u8> {
        hash(hash(data))
    }

    public fun size_hint<T>(x: &T): u64 {
        size_of(x) + 8
    }

    public fun swapped(mut v: vector<u8>): vector<u8> {
        if (length_of(&v) >= 2) swap_bytes(&mut v, 0, 1);
        v
    }
}
