// Error: [warning] unused private function 'legacy_fee' (never called, not public, entry or test)
module 0x42::unused_private_function {
    public fun fee(amount: u64): u64 {
        amount / 100
    }

    fun legacy_fee(amount: u64): u64 {
        amount / 50
    }
}
