/// Ed25519 signatures.
module sui::ed25519;

/// Whether `signature` (64 bytes) is a valid Ed25519 signature of `msg` under `public_key`
/// (32 bytes). Malformed keys or signatures give false.
public native fun ed25519_verify(signature: &vector<u8>, public_key: &vector<u8>, msg: &vector<u8>): bool;
