// Error: 'init(seed: u64)' has no final '&TxContext' / '&mut TxContext' parameter
module 0x42::init_missing_tx_context {
    public struct Seed has copy, drop { value: u64 }

    fun init(seed: u64) {
        let s = Seed { value: seed };
        assert!(s.value == seed);
    }
}
