/// Multi-transaction tests in a single Move function. A `Scenario` stands for a sequence of
/// transactions: objects transferred, shared or frozen in one transaction become available to
/// the next (`next_tx`) through the `take_*` functions, which remove them from the simulated
/// global object pool, and the `return_*` functions, which put them back.
///
/// ```
/// let mut scenario = test_scenario::begin(@0xA);
/// // ... @0xA creates an object and transfers it to @0xB ...
/// scenario.next_tx(@0xB);
/// let obj = scenario.take_from_sender<SomeObject>();
/// // ... use obj ...
/// scenario.return_to_sender(obj);
/// scenario.end();
/// ```
#[test_only]
module sui::test_scenario;

use sui::vec_map::VecMap;

#[allow(unused_const)]
/// The effects of the transaction could not be computed (for example, objects own each other
/// in a cycle).
const ECouldNotGenerateEffects: u64 = 0;

#[allow(unused_const)]
/// The transaction ended with a shared or immutable object not returned, or transferred,
/// wrapped or deleted.
const EInvalidSharedOrImmutableUsage: u64 = 1;

/// An object was returned that had not been taken from that inventory in this transaction
/// (for example, a locally built object passed to `return_to_address`).
const ECantReturnObject: u64 = 2;

/// There is no object of the requested type in the inventory.
const EEmptyInventory: u64 = 3;

#[allow(unused_const)]
/// No object with that ID is in the inventory; it may have been taken already.
const EObjectNotFound: u64 = 4;

#[allow(unused_const)]
/// A receiving ticket could not be allocated for the object.
const EUnableToAllocateReceivingTicket: u64 = 5;

#[allow(unused_const)]
/// A receiving ticket for the object was already allocated in this transaction.
const EReceivingTicketAlreadyAllocated: u64 = 6;

#[allow(unused_const)]
/// The receiving ticket could not be deallocated.
const EUnableToDeallocateReceivingTicket: u64 = 7;

/// A running scenario: the number of transactions concluded so far and the context of the
/// current one. Has no `drop`: a scenario must be closed with `end`.
public struct Scenario {
    txn_number: u64,
    ctx: TxContext,
}

/// The parameters of a transaction context, for `begin_with_context` and `next_with_context`.
public struct TxContextBuilder has copy, drop {
    sender: address,
    epoch: u64,
    epoch_timestamp_ms: u64,
    ids_created: u64,
    // the reference gas price; when set, it may only differ from the scenario's current one
    // when the builder moves to a later epoch
    rgp: Option<u64>,
    gas_price: u64,
    gas_budget: u64,
    sponsor: Option<address>,
}

/// What a transaction did.
public struct TransactionEffects has drop {
    /// Objects created.
    created: vector<ID>,
    /// Objects written (modified).
    written: vector<ID>,
    /// Objects deleted.
    deleted: vector<ID>,
    /// Objects transferred to an address, with that address.
    transferred_to_account: VecMap<ID, /* owner */ address>,
    /// Objects transferred to an object, with that object's ID.
    transferred_to_object: VecMap<ID, /* owner */ ID>,
    /// Objects shared.
    shared: vector<ID>,
    /// Objects frozen.
    frozen: vector<ID>,
    /// How many events user code emitted.
    num_user_events: u64,
}

// === TxContextBuilder ===

/// A builder for a context sent by `sender`, with defaults for everything else.
public fun ctx_builder_from_sender(sender: address): TxContextBuilder {
    TxContextBuilder {
        sender,
        epoch: 0,
        epoch_timestamp_ms: 0,
        ids_created: 0,
        rgp: option::some(700),
        gas_price: 1_000,
        gas_budget: 100_000_000,
        sponsor: option::none(),
    }
}

/// A builder holding the parameters of the scenario's current context.
public fun ctx_builder(scenario: &Scenario): TxContextBuilder {
    ctx_builder_from_context(&scenario.ctx)
}

/// A builder holding the parameters of `ctx`.
public fun ctx_builder_from_context(ctx: &TxContext): TxContextBuilder {
    TxContextBuilder {
        sender: tx_context::sender(ctx),
        epoch: tx_context::epoch(ctx),
        epoch_timestamp_ms: tx_context::epoch_timestamp_ms(ctx),
        ids_created: tx_context::ids_created(ctx),
        rgp: option::some(tx_context::reference_gas_price(ctx)),
        gas_price: tx_context::gas_price(ctx),
        gas_budget: tx_context::gas_budget(ctx),
        sponsor: tx_context::sponsor(ctx),
    }
}

/// `builder` with its epoch set to `epoch`.
public fun set_epoch(mut builder: TxContextBuilder, epoch: u64): TxContextBuilder {
    builder.epoch = epoch;
    builder
}

/// `builder` with its epoch start time set to `ms`.
public fun set_epoch_timestamp(mut builder: TxContextBuilder, ms: u64): TxContextBuilder {
    builder.epoch_timestamp_ms = ms;
    builder
}

/// `builder` with its count of IDs already created set to `ids_created`.
public fun set_ids_created(mut builder: TxContextBuilder, ids_created: u64): TxContextBuilder {
    builder.ids_created = ids_created;
    builder
}

/// `builder` with its reference gas price set to `rgp`.
public fun set_reference_gas_price(mut builder: TxContextBuilder, rgp: u64): TxContextBuilder {
    builder.rgp = option::some(rgp);
    builder
}

/// `builder` with no reference gas price: the scenario's current one is kept.
public fun unset_reference_gas_price(mut builder: TxContextBuilder): TxContextBuilder {
    builder.rgp = option::none();
    builder
}

/// `builder` with its gas price set to `gas_price`.
public fun set_gas_price(mut builder: TxContextBuilder, gas_price: u64): TxContextBuilder {
    builder.gas_price = gas_price;
    builder
}

/// `builder` with its gas budget set to `gas_budget`.
public fun set_gas_budget(mut builder: TxContextBuilder, gas_budget: u64): TxContextBuilder {
    builder.gas_budget = gas_budget;
    builder
}

/// `builder` with `sponsor` as the gas sponsor.
public fun set_sponsor(mut builder: TxContextBuilder, sponsor: address): TxContextBuilder {
    builder.sponsor = option::some(sponsor);
    builder
}

/// `builder` without a gas sponsor.
public fun unset_sponsor(mut builder: TxContextBuilder): TxContextBuilder {
    builder.sponsor = option::none();
    builder
}

/// The context described by `builder` for the transaction with digest `tx_hash`; `rgp` is used
/// when the builder has no reference gas price of its own.
fun make_tx_context(builder: TxContextBuilder, tx_hash: vector<u8>, rgp: u64): TxContext {
    let TxContextBuilder {
        sender,
        epoch,
        epoch_timestamp_ms,
        ids_created,
        rgp: own_rgp,
        gas_price,
        gas_budget,
        sponsor,
    } = builder;
    let price = if (own_rgp.is_some()) own_rgp.destroy_some() else rgp;
    tx_context::create(
        sender,
        tx_hash,
        epoch,
        epoch_timestamp_ms,
        ids_created,
        price,
        gas_price,
        gas_budget,
        sponsor,
    )
}

// === Starting, advancing and ending ===

/// Start a scenario whose first transaction is sent by `sender`.
public fun begin(sender: address): Scenario {
    let ctx = tx_context::new_from_hint(sender, 0, 0, 0, 0);
    Scenario { txn_number: 0, ctx }
}

/// Start a scenario whose first transaction has the context described by `ctx_builder`,
/// which must have a reference gas price.
public fun begin_with_context(ctx_builder: TxContextBuilder): Scenario {
    assert!(ctx_builder.rgp.is_some());
    let rgp = *ctx_builder.rgp.borrow();
    let ctx = make_tx_context(ctx_builder, tx_context::dummy_tx_hash_with_hint(0), rgp);
    Scenario { txn_number: 0, ctx }
}

/// Create and share the system objects (the `Clock`) in a transaction sent by `@0x0`, so that
/// later transactions can take them; the next transaction is sent by the current sender.
public fun create_system_objects(scenario: &mut Scenario) {
    let original = sender(scenario);
    next_tx(scenario, @0x0);
    sui::clock::share_for_testing(sui::clock::create_for_testing(ctx(scenario)));
    next_tx(scenario, original);
}

/// End the current transaction and start the next one, sent by `sender`, in the same epoch.
/// Objects transferred, shared or frozen by the ended transaction become available to the
/// `take_*` functions. Returns the effects of the ended transaction.
/// Aborts if a shared or immutable object taken in the ended transaction was not returned (or
/// was transferred, wrapped or deleted), or if its effects cannot be computed.
public fun next_tx(scenario: &mut Scenario, sender: address): TransactionEffects {
    let txn_number = scenario.txn_number + 1;
    let epoch = tx_context::epoch(&scenario.ctx);
    let epoch_timestamp_ms = tx_context::epoch_timestamp_ms(&scenario.ctx);
    // the transaction number seeds the new digest, so the new transaction creates fresh IDs
    scenario.ctx = tx_context::new_from_hint(sender, txn_number, epoch, epoch_timestamp_ms, 0);
    scenario.txn_number = txn_number;
    end_transaction()
}

/// End the current transaction and start one with the context described by `ctx_builder`.
/// The builder's epoch and epoch start time may not be earlier than the current ones, and its
/// reference gas price may only change together with the epoch. When the builder is in a later
/// epoch, one transaction is concluded per epoch crossed. Returns the effects of the last
/// transaction ended.
public fun next_with_context(
    scenario: &mut Scenario,
    ctx_builder: TxContextBuilder,
): TransactionEffects {
    let target = ctx_builder.epoch;
    let mut epoch = tx_context::epoch(&scenario.ctx);
    let current_rgp = tx_context::reference_gas_price(&scenario.ctx);
    assert!(target >= epoch);
    assert!(
        target > epoch || ctx_builder.rgp.is_none() || *ctx_builder.rgp.borrow() == current_rgp,
    );
    assert!(ctx_builder.epoch_timestamp_ms >= tx_context::epoch_timestamp_ms(&scenario.ctx));
    if (target == epoch) return advance_with(scenario, ctx_builder, current_rgp);
    loop {
        epoch = epoch + 1;
        let effects = advance_with(scenario, set_epoch(ctx_builder, epoch), current_rgp);
        if (epoch == target) return effects;
    }
}

/// `next_tx`, also moving to the next epoch.
public fun next_epoch(scenario: &mut Scenario, sender: address): TransactionEffects {
    tx_context::increment_epoch_number(&mut scenario.ctx);
    next_tx(scenario, sender)
}

/// `next_epoch`, with the new epoch starting `delta_ms` milliseconds after the current one.
public fun later_epoch(
    scenario: &mut Scenario,
    delta_ms: u64,
    sender: address,
): TransactionEffects {
    tx_context::increment_epoch_timestamp(&mut scenario.ctx, delta_ms);
    next_epoch(scenario, sender)
}

/// Move forward to `epoch`, concluding one transaction per epoch crossed.
/// Aborts if `epoch` is earlier than the current epoch.
public fun skip_to_epoch(scenario: &mut Scenario, epoch: u64) {
    let current = tx_context::epoch(&scenario.ctx);
    assert!(epoch >= current);
    let mut remaining = epoch - current;
    while (remaining > 0) {
        tx_context::increment_epoch_number(&mut scenario.ctx);
        end_transaction();
        remaining = remaining - 1;
    }
}

/// Close the scenario, ending its last transaction, and return that transaction's effects.
/// Aborts in the same cases as `next_tx`.
public fun end(scenario: Scenario): TransactionEffects {
    let Scenario { txn_number: _, ctx: _ } = scenario;
    end_transaction()
}

fun advance_with(
    scenario: &mut Scenario,
    builder: TxContextBuilder,
    rgp: u64,
): TransactionEffects {
    let txn_number = scenario.txn_number + 1;
    let tx_hash = tx_context::dummy_tx_hash_with_hint(txn_number);
    scenario.ctx = make_tx_context(builder, tx_hash, rgp);
    scenario.txn_number = txn_number;
    end_transaction()
}

// === Accessors ===

/// The context of the current transaction.
public fun ctx(scenario: &mut Scenario): &mut TxContext {
    &mut scenario.ctx
}

/// A fresh `UID` created by the current transaction.
public fun new_object(scenario: &mut Scenario): UID {
    object::new(&mut scenario.ctx)
}

/// The sender of the current transaction.
public fun sender(scenario: &Scenario): address {
    tx_context::sender(&scenario.ctx)
}

/// How many transactions have been concluded (0 before the first `next_tx`).
public fun num_concluded_txes(scenario: &Scenario): u64 {
    scenario.txn_number
}

/// The objects the transaction created.
public fun created(effects: &TransactionEffects): vector<ID> {
    effects.created
}

/// The objects the transaction wrote.
public fun written(effects: &TransactionEffects): vector<ID> {
    effects.written
}

/// The objects the transaction deleted.
public fun deleted(effects: &TransactionEffects): vector<ID> {
    effects.deleted
}

/// The objects the transaction transferred to addresses, with their new owners.
public fun transferred_to_account(effects: &TransactionEffects): VecMap<ID, address> {
    effects.transferred_to_account
}

/// The objects the transaction transferred to objects, with their new owners.
public fun transferred_to_object(effects: &TransactionEffects): VecMap<ID, ID> {
    effects.transferred_to_object
}

/// The objects the transaction shared.
public fun shared(effects: &TransactionEffects): vector<ID> {
    effects.shared
}

/// The objects the transaction froze.
public fun frozen(effects: &TransactionEffects): vector<ID> {
    effects.frozen
}

/// How many events user code emitted in the transaction.
public fun num_user_events(effects: &TransactionEffects): u64 {
    effects.num_user_events
}

// === Objects owned by an address ===

/// Take the object `id` of type `T` from the inventory of `account` (objects transferred to
/// it in earlier transactions). Give it back with `return_to_address`; it can be taken again
/// only after the next transaction starts.
/// Aborts if `account` has no object of type `T` with that ID.
public native fun take_from_address_by_id<T: key>(scenario: &Scenario, account: address, id: ID): T;

/// The ID of the object of type `T` most recently transferred to `account` and not taken.
public native fun most_recent_id_for_address<T: key>(account: address): Option<ID>;

/// The IDs of all objects of type `T` transferred to `account`.
public native fun ids_for_address<T: key>(account: address): vector<ID>;

/// True iff `most_recent_id_for_address<T>(account)` is `some`.
public fun has_most_recent_for_address<T: key>(account: address): bool {
    most_recent_id_for_address<T>(account).is_some()
}

/// Take the object of type `T` most recently transferred to `account`.
/// Aborts with `EEmptyInventory` if there is none.
public fun take_from_address<T: key>(scenario: &Scenario, account: address): T {
    let found = most_recent_id_for_address<T>(account);
    assert!(found.is_some(), EEmptyInventory);
    take_from_address_by_id(scenario, account, found.destroy_some())
}

/// Give `t` back to `account`.
/// Aborts with `ECantReturnObject` if `t` was not taken from `account`.
public fun return_to_address<T: key>(account: address, t: T) {
    assert!(was_taken_from_address(account, object::id(&t)), ECantReturnObject);
    sui::transfer::transfer_impl(t, account)
}

/// True iff the object `id` was taken from the inventory of `account`.
public native fun was_taken_from_address(account: address, id: ID): bool;

// === Objects owned by the sender ===

/// `take_from_address_by_id` for the sender.
public fun take_from_sender_by_id<T: key>(scenario: &Scenario, id: ID): T {
    take_from_address_by_id(scenario, sender(scenario), id)
}

/// `most_recent_id_for_address` for the sender.
public fun most_recent_id_for_sender<T: key>(scenario: &Scenario): Option<ID> {
    most_recent_id_for_address<T>(sender(scenario))
}

/// `has_most_recent_for_address` for the sender.
public fun has_most_recent_for_sender<T: key>(scenario: &Scenario): bool {
    has_most_recent_for_address<T>(sender(scenario))
}

/// `take_from_address` for the sender.
public fun take_from_sender<T: key>(scenario: &Scenario): T {
    take_from_address(scenario, sender(scenario))
}

/// `return_to_address` for the sender.
public fun return_to_sender<T: key>(scenario: &Scenario, t: T) {
    return_to_address(sender(scenario), t)
}

/// `was_taken_from_address` for the sender.
public fun was_taken_from_sender(scenario: &Scenario, id: ID): bool {
    was_taken_from_address(sender(scenario), id)
}

/// `ids_for_address` for the sender.
public fun ids_for_sender<T: key>(scenario: &Scenario): vector<ID> {
    ids_for_address<T>(sender(scenario))
}

// === Immutable objects ===

/// Take the immutable object `id` of type `T` from the global inventory; give it back with
/// `return_immutable` before the transaction ends.
/// Aborts if there is no immutable object of type `T` with that ID.
public native fun take_immutable_by_id<T: key>(scenario: &Scenario, id: ID): T;

/// The ID of the most recently frozen object of type `T` not taken.
public native fun most_recent_immutable_id<T: key>(): Option<ID>;

/// True iff `most_recent_immutable_id<T>()` is `some`.
public fun has_most_recent_immutable<T: key>(): bool {
    most_recent_immutable_id<T>().is_some()
}

/// Take the most recently frozen object of type `T`.
/// Aborts with `EEmptyInventory` if there is none.
public fun take_immutable<T: key>(scenario: &Scenario): T {
    let found = most_recent_immutable_id<T>();
    assert!(found.is_some(), EEmptyInventory);
    take_immutable_by_id(scenario, found.destroy_some())
}

/// Give the immutable object `t` back to the global inventory.
/// Aborts with `ECantReturnObject` if `t` was not taken as an immutable object.
public fun return_immutable<T: key>(t: T) {
    assert!(was_taken_immutable(object::id(&t)), ECantReturnObject);
    sui::transfer::freeze_object_impl(t)
}

/// True iff the object `id` was taken as an immutable object.
public native fun was_taken_immutable(id: ID): bool;

// === Shared objects ===

/// Take the shared object `id` of type `T` from the global inventory; give it back with
/// `return_shared` before the transaction ends.
/// Aborts if there is no shared object of type `T` with that ID.
public native fun take_shared_by_id<T: key>(scenario: &Scenario, id: ID): T;

/// The ID of the most recently shared object of type `T` not taken.
public native fun most_recent_id_shared<T: key>(): Option<ID>;

/// True iff `most_recent_id_shared<T>()` is `some`.
public fun has_most_recent_shared<T: key>(): bool {
    most_recent_id_shared<T>().is_some()
}

/// Take the most recently shared object of type `T`.
/// Aborts with `EEmptyInventory` if there is none.
public fun take_shared<T: key>(scenario: &Scenario): T {
    let found = most_recent_id_shared<T>();
    assert!(found.is_some(), EEmptyInventory);
    take_shared_by_id(scenario, found.destroy_some())
}

/// Give the shared object `t` back to the global inventory.
/// Aborts with `ECantReturnObject` if `t` was not taken as a shared object.
public fun return_shared<T: key>(t: T) {
    assert!(was_taken_shared(object::id(&t)), ECantReturnObject);
    sui::transfer::share_object_impl(t)
}

// === Receiving ===

/// The IDs of the objects of type `T` transferred to the object `object`.
public fun receivable_object_ids_for_owner_id<T: key>(object: ID): vector<ID> {
    ids_for_address<T>(object::id_to_address(&object))
}

/// A receiving ticket for the object of type `T` most recently transferred to the object
/// `owner`. Aborts with `EEmptyInventory` if there is none.
public fun most_recent_receiving_ticket<T: key>(owner: &ID): sui::transfer::Receiving<T> {
    let found = most_recent_id_for_address<T>(object::id_to_address(owner));
    assert!(found.is_some(), EEmptyInventory);
    receiving_ticket_by_id<T>(found.destroy_some())
}

/// A receiving ticket for the object `object_id` of type `T`.
public fun receiving_ticket_by_id<T: key>(object_id: ID): sui::transfer::Receiving<T> {
    let version = allocate_receiving_ticket_for_object<T>(object_id);
    sui::transfer::make_receiver(object_id, version)
}

/// Give back a receiving ticket that was not used, so that the object can be used again in
/// this scenario.
public fun return_receiving_ticket<T: key>(ticket: sui::transfer::Receiving<T>) {
    deallocate_receiving_ticket_for_object(sui::transfer::receiving_object_id(&ticket));
}

// === Macros ===

/// Take the most recently shared object of type `$T`, call `$f` with it and the scenario, and
/// return it.
public macro fun with_shared<$T: key>(
    $scenario: &mut Scenario,
    $f: |&mut $T, &mut Scenario| -> _,
) {
    let scenario = $scenario;
    let mut shared = take_shared<$T>(scenario);
    $f(&mut shared, scenario);
    return_shared(shared);
}

/// Take the shared object `$id` of type `$T`, call `$f` with it and the scenario, and return
/// it.
public macro fun with_shared_by_id<$T: key>(
    $scenario: &mut Scenario,
    $id: ID,
    $f: |&mut $T, &mut Scenario| -> _,
) {
    let scenario = $scenario;
    let mut shared = take_shared_by_id<$T>(scenario, $id);
    $f(&mut shared, scenario);
    return_shared(shared);
}

// === Natives ===

/// True iff the object `id` was taken as a shared object.
native fun was_taken_shared(id: ID): bool;

/// Reserve the object `object_id` of type `T` for receiving; returns its current version.
native fun allocate_receiving_ticket_for_object<T: key>(object_id: ID): u64;

/// Release the reservation made by `allocate_receiving_ticket_for_object`.
native fun deallocate_receiving_ticket_for_object(object_id: ID);

/// End the current transaction: settle transfers, shares, freezes and deletions into the
/// inventories and report the effects. May abort with `ECouldNotGenerateEffects` or
/// `EInvalidSharedOrImmutableUsage`.
native fun end_transaction(): TransactionEffects;
