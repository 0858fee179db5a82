// Error: type parameter 'T' of 'Wrapper' is declared 'phantom' but is used as the type of field 'inner'
module 0x42::phantom_param_in_field {
    public struct Wrapper<phantom T> has drop {
        inner: T,
    }

    public fun wrap<T: drop>(inner: T): Wrapper<T> { Wrapper { inner } }
}
