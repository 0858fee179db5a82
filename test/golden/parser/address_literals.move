module 0x42::address_literals {
    const ZERO: address = @0x0;
    const SUI_FRAMEWORK: address = @0x2;
    const LONG: address = @0x0000000000000000000000000000000000000000000000000000000000000001;

    public fun numeric(): vector<address> {
        vector[@0x1, @0x2, @0xA11CE, @0xB0B, @0xdeadbeef]
    }

    public fun named(): vector<address> {
        vector[@std, @sui]
    }

    public fun consts(): (address, address, address) {
        (ZERO, SUI_FRAMEWORK, LONG)
    }

    public fun compare(a: address): bool {
        a == @0xA11CE || a != @0x0
    }

    public fun max_address(): address {
        @0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
    }

    public fun module_path_with_address(): u64 {
        0x1::vector::length(&vector[1u8])
    }

    public fun to_u256(a: address): u256 { sui::address::to_u256(a) }
}
