/// Packages: proof of publishing (`Publisher`) and the right to upgrade (`UpgradeCap`).
///
/// A module claims a `Publisher` in its `init` with its one-time witness; the publisher proves
/// authority over the types of that package (used by `display` and `kiosk`). Publishing a package
/// gives its publisher an `UpgradeCap`, which authorizes upgrades through the ticket/receipt
/// "hot potato" flow and can only ever be made more restrictive.
module sui::package;

use std::ascii::String;
use std::type_name;
use sui::types;

/// The type passed to `claim` is not a one-time witness.
const ENotOneTimeWitness: u64 = 0;

/// The requested upgrade policy is more permissive than the current one.
const ETooPermissive: u64 = 1;

/// An upgrade is already authorized for this cap and not committed yet.
const EAlreadyAuthorized: u64 = 2;

/// No upgrade was authorized for this cap.
const ENotAuthorized: u64 = 3;

/// The receipt does not belong to this cap.
const EWrongUpgradeCap: u64 = 4;

/// Any compatible change: new modules, functions and types, changed function bodies.
const COMPATIBLE: u8 = 0;

/// Only new code: new modules, functions and types; no changes to existing ones.
const ADDITIVE: u8 = 128;

/// Only dependency changes.
const DEP_ONLY: u8 = 192;

/// Proof that its holder published the module `module_name` of the package `package` (both
/// as hex address / identifier strings).
public struct Publisher has key, store {
    id: UID,
    package: String,
    module_name: String,
}

/// The right to upgrade a package: the package's current ID, the number of upgrades so far
/// (the version), and the most permissive upgrade policy still allowed.
public struct UpgradeCap has key, store {
    id: UID,
    /// The ID of the latest version of the package; `@0x0` while an upgrade is authorized.
    package: ID,
    /// Number of upgrades applied so far; 1 for a freshly published package.
    version: u64,
    /// The upgrade policy: `COMPATIBLE`, `ADDITIVE` or `DEP_ONLY`.
    policy: u8,
}

/// Permission to perform one upgrade, issued by `authorize_upgrade` and consumed by the upgrade
/// command. It has no abilities, so it must be used in the same transaction.
public struct UpgradeTicket {
    /// The ID of the `UpgradeCap` that issued it.
    cap: ID,
    /// The package being upgraded.
    package: ID,
    /// The policy of the upgrade.
    policy: u8,
    /// The digest of the bytecode and dependencies of the new package.
    digest: vector<u8>,
}

/// Proof of a successful upgrade, to be consumed by `commit_upgrade`.
public struct UpgradeReceipt {
    /// The ID of the `UpgradeCap` that issued the ticket.
    cap: ID,
    /// The ID of the new package.
    package: ID,
}

// === Publisher ===

/// Claim a `Publisher` for the module of `otw`, which must be a one-time witness.
public fun claim<OTW: drop>(otw: OTW, ctx: &mut TxContext): Publisher {
    assert!(types::is_one_time_witness(&otw), ENotOneTimeWitness);
    publisher_of<OTW>(ctx)
}

/// Claim a `Publisher` and send it to the sender.
#[allow(lint(self_transfer))]
public fun claim_and_keep<OTW: drop>(otw: OTW, ctx: &mut TxContext) {
    transfer::public_transfer(claim(otw, ctx), ctx.sender())
}

/// Destroy a `Publisher`, giving up the authority it proves.
public fun burn_publisher(self: Publisher) {
    let Publisher { id, package: _, module_name: _ } = self;
    id.delete();
}

/// Whether `T` is defined in the package of `self`.
public fun from_package<T>(self: &Publisher): bool {
    type_name::with_original_ids<T>().address_string() == self.package
}

/// Whether `T` is defined in the module of `self`.
public fun from_module<T>(self: &Publisher): bool {
    let name = type_name::with_original_ids<T>();
    name.address_string() == self.package && name.module_string() == self.module_name
}

/// The name of the module of `self`.
public fun published_module(self: &Publisher): &String {
    &self.module_name
}

/// The address of the package of `self`, as a hex string.
public fun published_package(self: &Publisher): &String {
    &self.package
}

/// A `Publisher` for the module that defines `OTW`.
fun publisher_of<OTW>(ctx: &mut TxContext): Publisher {
    let name = type_name::with_original_ids<OTW>();
    Publisher {
        id: object::new(ctx),
        package: name.address_string(),
        module_name: name.module_string(),
    }
}

// === UpgradeCap ===

/// The ID of the package `cap` upgrades (its latest version).
public fun upgrade_package(cap: &UpgradeCap): ID {
    cap.package
}

/// The number of upgrades applied with `cap`.
public fun version(cap: &UpgradeCap): u64 {
    cap.version
}

/// The most permissive policy `cap` still allows.
public fun upgrade_policy(cap: &UpgradeCap): u8 {
    cap.policy
}

/// The package `ticket` may upgrade.
public fun ticket_package(ticket: &UpgradeTicket): ID {
    ticket.package
}

/// The policy of `ticket`.
public fun ticket_policy(ticket: &UpgradeTicket): u8 {
    ticket.policy
}

/// The cap that issued the ticket `receipt` comes from.
public fun receipt_cap(receipt: &UpgradeReceipt): ID {
    receipt.cap
}

/// The ID of the upgraded package.
public fun receipt_package(receipt: &UpgradeReceipt): ID {
    receipt.package
}

/// The digest of the package contents `ticket` authorizes.
public fun ticket_digest(ticket: &UpgradeTicket): &vector<u8> {
    &ticket.digest
}

/// The `COMPATIBLE` policy.
public fun compatible_policy(): u8 {
    COMPATIBLE
}

/// The `ADDITIVE` policy.
public fun additive_policy(): u8 {
    ADDITIVE
}

/// The `DEP_ONLY` policy.
public fun dep_only_policy(): u8 {
    DEP_ONLY
}

/// Allow only additive upgrades from now on.
public entry fun only_additive_upgrades(cap: &mut UpgradeCap) {
    restrict(cap, ADDITIVE)
}

/// Allow only dependency upgrades from now on.
public entry fun only_dep_upgrades(cap: &mut UpgradeCap) {
    restrict(cap, DEP_ONLY)
}

/// Destroy `cap`, making the package immutable for good.
public entry fun make_immutable(cap: UpgradeCap) {
    let UpgradeCap { id, package: _, version: _, policy: _ } = cap;
    id.delete();
}

/// Authorize one upgrade of the package of `cap`, of the given `policy` (no more permissive than
/// the cap's), to contents with the given `digest`. Aborts with `EAlreadyAuthorized` if an
/// upgrade is already under way and `ETooPermissive` if `policy` is too permissive.
public fun authorize_upgrade(cap: &mut UpgradeCap, policy: u8, digest: vector<u8>): UpgradeTicket {
    let id_zero = object::id_from_address(@0x0);
    assert!(cap.package != id_zero, EAlreadyAuthorized);
    assert!(policy >= cap.policy, ETooPermissive);
    let package = cap.package;
    cap.package = id_zero;
    UpgradeTicket { cap: object::id(cap), package, policy, digest }
}

/// Record the upgrade proven by `receipt` in `cap`: it now names the new package, one version
/// later. Aborts with `EWrongUpgradeCap` if the receipt comes from another cap.
public fun commit_upgrade(cap: &mut UpgradeCap, receipt: UpgradeReceipt) {
    let UpgradeReceipt { cap: cap_id, package } = receipt;
    assert!(object::id(cap) == cap_id, EWrongUpgradeCap);
    assert!(cap.package.to_address() == @0x0, ENotAuthorized);
    cap.package = package;
    cap.version = cap.version + 1;
}

/// Make the policy of `cap` `policy`, which may not be more permissive.
fun restrict(cap: &mut UpgradeCap, policy: u8) {
    assert!(cap.policy <= policy, ETooPermissive);
    cap.policy = policy;
}

// === Test-only ===

/// A `Publisher` for the module of `OTW`, without checking that it is a one-time witness (tests
/// only).
#[test_only]
public fun test_claim<OTW: drop>(_: OTW, ctx: &mut TxContext): Publisher {
    publisher_of<OTW>(ctx)
}

/// The `UpgradeCap` of a package `package` just published (tests only).
#[test_only]
public fun test_publish(package: ID, ctx: &mut TxContext): UpgradeCap {
    UpgradeCap { id: object::new(ctx), package, version: 1, policy: COMPATIBLE }
}

/// Perform the upgrade `ticket` authorizes, as the runtime would (tests only). The new package ID
/// is derived from the old one.
#[test_only]
public fun test_upgrade(ticket: UpgradeTicket): UpgradeReceipt {
    let UpgradeTicket { cap, package, policy: _, digest: _ } = ticket;
    let old = sui::address::to_u256(package.to_address());
    let new = if (old == sui::address::max()) 0 else old + 1;
    UpgradeReceipt { cap, package: object::id_from_address(sui::address::from_u256(new)) }
}
