/// Cryptographic hash functions over byte vectors: SHA2-256 and SHA3-256, both native.
module std::hash;

/// The SHA2-256 digest (32 bytes) of `data`.
public native fun sha2_256(data: vector<u8>): vector<u8>;

/// The SHA3-256 digest (32 bytes) of `data`.
public native fun sha3_256(data: vector<u8>): vector<u8>;
