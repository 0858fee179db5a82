// Error: '==' in 'same' compares a 'u64' with a 'bool'; both operands must have the same type
module 0x42::comparison_of_different_types {
    public fun same(a: u64, b: bool): bool {
        a == b
    }
}
