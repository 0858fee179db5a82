// Error: 'option::some(r)' in 'wrap_ref' instantiates 'Option<&u64>'; a reference cannot be stored in a (generic) struct
module 0x42::ref_as_generic_function_arg {
    public fun wrap_ref(r: &u64): bool {
        let o = option::some(r);
        o.is_some()
    }
}
