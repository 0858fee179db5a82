// Error: '+' in 'count' is applied to 'bool' operands; arithmetic needs integer operands
module 0x42::arithmetic_on_bool {
    public fun count(a: bool, b: bool): bool {
        a + b
    }
}
