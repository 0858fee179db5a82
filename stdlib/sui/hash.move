/// Hash functions: Blake2b-256 and Keccak-256 of byte strings.
module sui::hash;

/// The Blake2b-256 digest (32 bytes) of `data`.
public native fun blake2b256(data: &vector<u8>): vector<u8>;

/// The Keccak-256 digest (32 bytes) of `data`.
public native fun keccak256(data: &vector<u8>): vector<u8>;
