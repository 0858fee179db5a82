// Error: named address 'treasury' has no value: '@treasury' in 'admin' cannot be resolved (only 'std', 'sui' and the package address are bound)
module 0x42::unbound_named_address {
    public fun admin(): address {
        @treasury
    }
}
