// Error: enum 'Side' is a Move 2024 feature; it cannot be declared in a legacy-edition package
// Edition: legacy
module 0x42::enum_in_legacy {
    enum Side has copy, drop {
        Buy,
        Sell,
    }

    public fun buy(): Side { Side::Buy }
}
