/// BCS (Binary Canonical Serialization): turns any Move value into its canonical byte encoding,
/// the format Sui uses for transaction arguments, object contents and digests.
module std::bcs;

/// The BCS encoding of `v`.
public native fun to_bytes<MoveValue>(v: &MoveValue): vector<u8>;
