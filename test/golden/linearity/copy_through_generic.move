// Error: 'twice<T>' copies 'x' ('(x, x)'), but 'T' is not constrained by 'copy'
module 0x42::copy_through_generic {
    public fun twice<T>(x: T): (T, T) {
        (x, x)
    }
}
