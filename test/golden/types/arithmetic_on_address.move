// Error: '+' in 'next' is applied to an 'address'; addresses are not integers
module 0x42::arithmetic_on_address {
    public fun next(a: address): address {
        a + 1
    }
}
