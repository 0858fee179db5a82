// Valid: unpacking with '..' and field renaming, unpack in assignment position, and rebuilding a struct with changed fields
module 0x42::struct_update_unpack {
    public struct Config has copy, drop {
        fee: u64,
        limit: u64,
        paused: bool,
    }

    public fun default(): Config {
        Config { fee: 30, limit: 1000, paused: false }
    }

    public fun with_fee(c: Config, fee: u64): Config {
        let Config { limit, paused, .. } = c;
        Config { fee, limit, paused }
    }

    public fun fee_and_limit(c: &Config): (u64, u64) {
        let Config { fee: f, limit: l, paused: _ } = c;
        (*f, *l)
    }

    public fun pause(c: Config): Config {
        let mut fee;
        let mut limit;
        Config { fee, limit, paused: _ } = c;
        Config { fee, limit, paused: true }
    }
}
