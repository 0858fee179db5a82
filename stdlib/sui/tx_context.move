/// The context of the transaction being executed.
///
/// The runtime builds a `TxContext` for every transaction and passes it to the entry point as
/// `&TxContext` or `&mut TxContext`; user code cannot construct one. It carries the sender, the
/// transaction digest, the epoch and its start time, and the count of object IDs created so far,
/// from which fresh IDs are derived.
module sui::tx_context;

/// Length of a transaction digest, in bytes (checked by test-only constructors).
#[allow(unused_const)]
const TX_HASH_LENGTH: u64 = 32;

/// A transaction digest was not `TX_HASH_LENGTH` bytes long.
#[allow(unused_const)]
const EBadTxHashLength: u64 = 0;

/// `last_created_object_id` was called before any ID was created.
#[test_only]
const ENoIDsCreated: u64 = 1;

/// Information about the transaction currently being executed. This cannot be constructed by a
/// transaction: it is a privileged value created by the runtime and passed in to the entry point
/// of the transaction as `&mut TxContext`.
public struct TxContext has drop {
    /// The address of the user that signed the current transaction.
    sender: address,
    /// Hash (digest) of the current transaction.
    tx_hash: vector<u8>,
    /// The current epoch number.
    epoch: u64,
    /// Timestamp at which the epoch started, in milliseconds.
    epoch_timestamp_ms: u64,
    /// Number of fresh IDs created while executing this transaction; 0 when it starts.
    ids_created: u64,
}

/// The address of the user that signed the current transaction.
public fun sender(self: &TxContext): address {
    self.sender
}

/// The transaction digest (hash of the transaction). Do not use it as a source of randomness.
public fun digest(self: &TxContext): &vector<u8> {
    &self.tx_hash
}

/// The current epoch.
public fun epoch(self: &TxContext): u64 {
    self.epoch
}

/// The start of the current epoch, as a Unix timestamp in milliseconds.
public fun epoch_timestamp_ms(self: &TxContext): u64 {
    self.epoch_timestamp_ms
}

/// The sponsor of the transaction (the owner of its gas coins), if it is sponsored.
public fun sponsor(_self: &TxContext): Option<address> {
    let mut sponsors = native_sponsor();
    if (sponsors.is_empty()) {
        sponsors.destroy_empty();
        option::none()
    } else {
        option::some(sponsors.pop_back())
    }
}

/// A fresh address, never returned before, derived from the transaction digest and the number of
/// IDs created so far (which this increments). `object::new` makes `UID`s from these.
public fun fresh_object_address(ctx: &mut TxContext): address {
    let ids_created = ctx.ids_created;
    let id = derive_id(ctx.tx_hash, ids_created);
    ctx.ids_created = ids_created + 1;
    id
}

/// The reference gas price of the current epoch.
public fun reference_gas_price(_self: &TxContext): u64 {
    native_rgp()
}

/// The gas price the transaction was submitted with.
public fun gas_price(_self: &TxContext): u64 {
    native_gas_price()
}

/// The gas budget of the transaction.
public(package) fun gas_budget(_self: &TxContext): u64 {
    native_gas_budget()
}

/// The number of IDs created by the transaction so far.
public(package) fun ids_created(self: &TxContext): u64 {
    self.ids_created
}

/// `Blake2b256(0xF1 || tx_hash || u64_le(ids_created))`: the address of the `ids_created`-th
/// object created by the transaction with digest `tx_hash` (Sui's derivation).
native fun derive_id(tx_hash: vector<u8>, ids_created: u64): address;

/// The reference gas price of the current epoch.
native fun native_rgp(): u64;

/// The gas price of the current transaction.
native fun native_gas_price(): u64;

/// The sponsor of the current transaction: empty, or one address.
native fun native_sponsor(): vector<address>;

/// The gas budget of the current transaction.
native fun native_gas_budget(): u64;

// === Test-only ===

/// A context for tests: sender `sender`, digest `tx_hash` (32 bytes), the given epoch, epoch
/// start time and count of IDs already created.
#[test_only]
public fun new(
    sender: address,
    tx_hash: vector<u8>,
    epoch: u64,
    epoch_timestamp_ms: u64,
    ids_created: u64,
): TxContext {
    assert!(tx_hash.length() == TX_HASH_LENGTH, EBadTxHashLength);
    TxContext { sender, tx_hash, epoch, epoch_timestamp_ms, ids_created }
}

/// Like `new`, also setting the gas parameters and the sponsor seen by `reference_gas_price`,
/// `gas_price` and `sponsor`.
#[test_only]
public fun create(
    sender: address,
    tx_hash: vector<u8>,
    epoch: u64,
    epoch_timestamp_ms: u64,
    ids_created: u64,
    rgp: u64,
    gas_price: u64,
    gas_budget: u64,
    sponsor: Option<address>,
): TxContext {
    let ctx = new(sender, tx_hash, epoch, epoch_timestamp_ms, ids_created);
    replace(
        sender,
        ctx.tx_hash,
        epoch,
        epoch_timestamp_ms,
        ids_created,
        rgp,
        gas_price,
        gas_budget,
        sponsor.to_vec(),
    );
    ctx
}

/// Like `new`, with a digest made from `hint`, so that tests can have distinct contexts.
#[test_only]
public fun new_from_hint(
    addr: address,
    hint: u64,
    epoch: u64,
    epoch_timestamp_ms: u64,
    ids_created: u64,
): TxContext {
    new(addr, dummy_tx_hash_with_hint(hint), epoch, epoch_timestamp_ms, ids_created)
}

/// A context for tests that need nothing particular: sender `@0x0`, epoch 0.
#[test_only]
public fun dummy(): TxContext {
    let tx_hash = x"3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532";
    new(@0x0, tx_hash, 0, 0, 0)
}

/// A 32-byte digest made from `hint`: its little-endian bytes, padded with zeros.
#[test_only]
public fun dummy_tx_hash_with_hint(hint: u64): vector<u8> {
    let mut tx_hash = std::bcs::to_bytes(&hint);
    while (tx_hash.length() < TX_HASH_LENGTH) {
        tx_hash.push_back(0);
    };
    tx_hash
}

/// The number of IDs created with `self` so far.
#[test_only]
public fun get_ids_created(self: &TxContext): u64 {
    self.ids_created
}

/// The address of the object created most recently with `self`. Aborts if none was.
#[test_only]
public fun last_created_object_id(self: &TxContext): address {
    let ids_created = self.ids_created;
    assert!(ids_created > 0, ENoIDsCreated);
    derive_id(self.tx_hash, ids_created - 1)
}

/// Move `self` to the next epoch.
#[test_only]
public fun increment_epoch_number(self: &mut TxContext) {
    self.epoch = self.epoch + 1
}

/// Move the epoch start time of `self` forward by `delta_ms`.
#[test_only]
public fun increment_epoch_timestamp(self: &mut TxContext, delta_ms: u64) {
    self.epoch_timestamp_ms = self.epoch_timestamp_ms + delta_ms
}

/// Set the values the gas and sponsor natives report for the rest of the test.
#[test_only]
native fun replace(
    sender: address,
    tx_hash: vector<u8>,
    epoch: u64,
    epoch_timestamp_ms: u64,
    ids_created: u64,
    rgp: u64,
    gas_price: u64,
    gas_budget: u64,
    sponsor: vector<address>,
);
