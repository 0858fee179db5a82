// Error: constant 'ENABLED' is declared 'u64' but its value is the 'bool' literal 'true'
module 0x42::constant_wrong_type {
    const ENABLED: u64 = true;

    public fun enabled(): u64 { ENABLED }
}
