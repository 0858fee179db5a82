// Error: '<' in 'before' is applied to 'bool' operands; ordering comparisons need integer operands
module 0x42::ordering_on_bool {
    public fun before(a: bool, b: bool): bool {
        a < b
    }
}
