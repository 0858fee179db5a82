// Error: an address literal has at most 32 bytes (64 hex digits); this one has 66.
module 0x42::err_address_too_long {
    public fun owner(): address {
        @0x100000000000000000000000000000000000000000000000000000000000000000
    }
}
