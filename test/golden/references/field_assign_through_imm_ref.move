// Error: 'cfg.fee = fee' in 'set_fee' assigns a field through 'cfg: &Config', an immutable reference
module 0x42::field_assign_through_imm_ref {
    public struct Config has drop { fee: u64 }

    public fun new(): Config { Config { fee: 0 } }

    public fun fee(cfg: &Config): u64 { cfg.fee }

    public fun set_fee(cfg: &Config, fee: u64) {
        cfg.fee = fee;
    }
}
