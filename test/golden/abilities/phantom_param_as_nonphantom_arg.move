// Error: phantom type parameter 'T' of 'Holder' is passed as the non-phantom type argument of 'Option<T>' (field 'slot')
module 0x42::phantom_param_as_nonphantom_arg {
    public struct Holder<phantom T> has drop {
        slot: Option<T>,
    }

    public fun empty<T>(): Holder<T> { Holder { slot: option::none() } }
}
