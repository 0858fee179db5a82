// Error: '&mut cfg.fee' in 'fee_mut' takes a mutable borrow through 'cfg: &Config', an immutable reference
module 0x42::mut_borrow_from_imm_ref {
    public struct Config has drop { fee: u64 }

    public fun new(): Config { Config { fee: 0 } }

    public fun fee_mut(cfg: &Config): &mut u64 {
        &mut cfg.fee
    }
}
