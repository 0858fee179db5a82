// Error: constant 'config::MAX_SUPPLY' is used in module 0x42::mint (in 'cap'); constants are internal to the module that declares them
module 0x42::config {
    const MAX_SUPPLY: u64 = 1_000_000;

    public fun max_supply(): u64 { MAX_SUPPLY }
}

module 0x42::mint {
    use 0x42::config;

    public fun cap(requested: u64): u64 {
        if (requested > config::MAX_SUPPLY) config::max_supply() else requested
    }
}
