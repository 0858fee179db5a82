// Error: `@` must be followed by a number or a named address.
module 0x42::err_address_at_alone {
    public fun owner(): address {
        let a = @;
        a
    }
}
