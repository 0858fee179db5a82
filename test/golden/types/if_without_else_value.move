// Error: 'if' without 'else' has type '()', but 'maybe' uses it as a 'u64' result
module 0x42::if_without_else_value {
    public fun maybe(flag: bool): u64 {
        if (flag) 10
    }
}
