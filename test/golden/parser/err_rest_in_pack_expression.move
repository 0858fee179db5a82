// Error: `..` is allowed in unpack patterns, never in a pack expression.
module 0x42::err_rest_in_pack_expression {
    public struct Config has copy, drop { fee: u64, paused: bool, owner: address }

    public fun default_config(): Config {
        Config { fee: 30, .. }
    }
}
