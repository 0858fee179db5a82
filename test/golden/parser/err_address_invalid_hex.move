// Error: `@0xZZ` is not a valid address literal (`Z` is not a hex digit).
module 0x42::err_address_invalid_hex {
    public fun owner(): address {
        @0xZZ
    }
}
