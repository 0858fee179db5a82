// Error: the method call 'v.length()' in 'size' uses receiver syntax, a Move 2024 feature, in a legacy-edition package
// Edition: legacy
module 0x42::method_call_in_legacy {
    public fun size(v: &vector<u64>): u64 {
        v.length()
    }
}
