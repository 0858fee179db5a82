// Error: 'read<T>' dereferences '*r' of type 'T', which needs 'copy', but 'T' has no 'copy' constraint
module 0x42::deref_through_generic {
    public fun read<T>(r: &T): T {
        *r
    }
}
