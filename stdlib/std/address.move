/// Facts about the `address` type of the platform: its length in bytes.
module std::address;

/// The number of bytes in an address: 32 on Sui.
public fun length(): u64 {
    32
}
