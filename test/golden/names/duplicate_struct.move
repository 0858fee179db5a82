// Error: duplicate declaration of struct 'Config' in module 0x42::duplicate_struct
module 0x42::duplicate_struct {
    public struct Config has drop { fee: u64 }

    public struct Config has drop { fee_bps: u16 }

    public fun fee(c: &Config): u64 { c.fee }
}
