// Error: 'Holder<&u64>' in 'hold' instantiates a struct with a reference type; a reference would escape into the struct (type arguments must not be references)
module 0x42::ref_as_struct_type_argument {
    public struct Holder<T> has drop { item: T }

    public fun hold(x: &u64): Holder<&u64> {
        Holder { item: x }
    }

    public fun item<T: copy>(h: &Holder<T>): T { h.item }
}
