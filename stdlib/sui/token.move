/// Closed-loop tokens. A `Token<T>` carries a `Balance<T>` of the same currency as `Coin<T>`
/// (and is minted and burned with the same `TreasuryCap<T>`), but it is a `key`-only object:
/// it cannot be wrapped or freely transferred. Every protected action on it (`transfer`,
/// `spend`, `to_coin`, `from_coin`, or a custom one) produces an `ActionRequest` that must be
/// confirmed, either against the currency's shared `TokenPolicy` - which lists the allowed
/// actions and, for each, the rules whose approvals the request must carry - or directly with
/// the `TokenPolicyCap` or the `TreasuryCap`.
///
/// ```
/// Module:      sui::balance       sui::coin             sui::token
/// Main type:   Balance<T>         Coin<T>               Token<T>
/// Capability:  Supply<T>  <---->  TreasuryCap<T> <----> TreasuryCap<T>
/// Abilities:   store              key + store           key
/// ```
module sui::token;

use std::string::{Self, String};
use std::type_name::{Self, TypeName};
use sui::balance::{Self, Balance};
use sui::coin::{Self, Coin, TreasuryCap};
use sui::dynamic_field as df;
use sui::event;
use sui::vec_map::{Self, VecMap};
use sui::vec_set::{Self, VecSet};

/// The action is not in the policy.
const EUnknownAction: u64 = 0;
/// A rule required for the action did not approve the request.
const ENotApproved: u64 = 1;
/// The `TokenPolicyCap` does not belong to this `TokenPolicy`.
const ENotAuthorized: u64 = 2;
/// The token's balance is lower than the amount asked for.
const EBalanceTooLow: u64 = 3;
/// The token's balance is not zero.
const ENotZero: u64 = 4;
/// The request carries a spent balance, which this confirmation cannot take.
const ECantConsumeBalance: u64 = 5;
/// The rule has no configuration (of the type asked for) in the policy.
const ENoConfig: u64 = 6;
/// The request carries no spent balance: use `confirm_request` instead of
/// `confirm_request_mut`.
const EUseImmutableConfirm: u64 = 7;

// === Names of the protected actions ===

/// The `spend` action.
const SPEND: vector<u8> = b"spend";
/// The `transfer` action.
const TRANSFER: vector<u8> = b"transfer";
/// The `to_coin` action.
const TO_COIN: vector<u8> = b"to_coin";
/// The `from_coin` action.
const FROM_COIN: vector<u8> = b"from_coin";

/// A token: a balance that only an address can own, moved only through confirmed actions.
public struct Token<phantom T> has key {
    id: UID,
    /// The amount the token holds.
    balance: Balance<T>,
}

/// The capability that administers the `TokenPolicy` whose ID is in `for`.
public struct TokenPolicyCap<phantom T> has key, store { id: UID, for: ID }

/// The rules of a currency's tokens: which actions are allowed and which rules must approve
/// each of them. A `key`-only object, shared once created.
public struct TokenPolicy<phantom T> has key {
    id: UID,
    /// The balances given up by `spend` actions, waiting for the `TreasuryCap` holder to
    /// `flush` them (which decreases the supply).
    spent_balance: Balance<T>,
    /// For each allowed action, the rules (by type) whose approvals a request needs.
    rules: VecMap<String, VecSet<TypeName>>,
}

/// A request to perform an action on a token. Has no abilities: it must be confirmed by
/// `confirm_request`, `confirm_request_mut`, `confirm_with_policy_cap` or
/// `confirm_with_treasury_cap` in the same transaction.
public struct ActionRequest<phantom T> {
    /// The action: `transfer`, `spend`, `to_coin`, `from_coin` or a custom name.
    name: String,
    /// The amount concerned.
    amount: u64,
    /// Who asked.
    sender: address,
    /// The recipient, for `transfer`.
    recipient: Option<address>,
    /// The balance given up, for `spend`.
    spent_balance: Option<Balance<T>>,
    /// The rules that approved the request so far.
    approvals: VecSet<TypeName>,
}

/// Dynamic-field key under which a rule's configuration is stored in the policy; one
/// configuration per rule per policy.
public struct RuleKey<phantom T> has store, copy, drop { is_protected: bool }

/// Emitted when a `TokenPolicy` is shared.
public struct TokenPolicyCreated<phantom T> has copy, drop {
    /// The policy's ID.
    id: ID,
    /// Whether the policy is shared (mutable) rather than frozen.
    is_mutable: bool,
}

/// A new policy for the currency of `_treasury_cap`, with no actions allowed, and its
/// capability. The policy must then be shared with `share_policy`.
public fun new_policy<T>(
    _treasury_cap: &TreasuryCap<T>,
    ctx: &mut TxContext,
): (TokenPolicy<T>, TokenPolicyCap<T>) {
    make_policy(ctx)
}

#[allow(lint(share_owned))]
/// Share `policy` (a `key`-only object can only be shared from this module).
public fun share_policy<T>(policy: TokenPolicy<T>) {
    event::emit(TokenPolicyCreated<T> { id: object::id(&policy), is_mutable: true });
    transfer::share_object(policy)
}

// === Protected actions ===

/// Send `t` to `recipient`; the returned `transfer` request records the recipient.
public fun transfer<T>(t: Token<T>, recipient: address, ctx: &mut TxContext): ActionRequest<T> {
    let amount = balance::value(&t.balance);
    transfer::transfer(t, recipient);
    new_request(transfer_action(), amount, option::some(recipient), option::none(), ctx)
}

/// Spend `t`: its balance goes into the returned `spend` request, to be moved into the
/// policy's spent balance by `confirm_request_mut` (or burned by `confirm_with_treasury_cap`).
public fun spend<T>(t: Token<T>, ctx: &mut TxContext): ActionRequest<T> {
    let Token { id, balance } = t;
    object::delete(id);
    let amount = balance::value(&balance);
    new_request(spend_action(), amount, option::none(), option::some(balance), ctx)
}

/// Turn `t` into a `Coin` of the same value, with a `to_coin` request.
public fun to_coin<T>(t: Token<T>, ctx: &mut TxContext): (Coin<T>, ActionRequest<T>) {
    let Token { id, balance } = t;
    object::delete(id);
    let amount = balance::value(&balance);
    let request = new_request(to_coin_action(), amount, option::none(), option::none(), ctx);
    (coin::from_balance(balance, ctx), request)
}

/// Turn `coin` into a `Token` of the same value, with a `from_coin` request.
public fun from_coin<T>(coin: Coin<T>, ctx: &mut TxContext): (Token<T>, ActionRequest<T>) {
    let amount = coin::value(&coin);
    let token = Token { id: object::new(ctx), balance: coin::into_balance(coin) };
    let request = new_request(from_coin_action(), amount, option::none(), option::none(), ctx);
    (token, request)
}

// === Unprotected actions ===

/// Merge `another` into `token`.
public fun join<T>(token: &mut Token<T>, another: Token<T>) {
    let Token { id, balance } = another;
    object::delete(id);
    balance::join(&mut token.balance, balance);
}

/// Take `amount` out of `token` as a new token.
/// Aborts with `EBalanceTooLow` if `token` holds less than `amount`.
public fun split<T>(token: &mut Token<T>, amount: u64, ctx: &mut TxContext): Token<T> {
    assert!(balance::value(&token.balance) >= amount, EBalanceTooLow);
    let balance = balance::split(&mut token.balance, amount);
    Token { id: object::new(ctx), balance }
}

/// A token holding nothing.
public fun zero<T>(ctx: &mut TxContext): Token<T> {
    Token { id: object::new(ctx), balance: balance::zero() }
}

/// Destroy a token holding nothing.
/// Aborts with `ENotZero` if it holds something.
public fun destroy_zero<T>(token: Token<T>) {
    let Token { id, balance } = token;
    assert!(balance::value(&balance) == 0, ENotZero);
    balance::destroy_zero(balance);
    object::delete(id);
}

#[allow(lint(self_transfer))]
/// Send `token` to the sender of the transaction.
public fun keep<T>(token: Token<T>, ctx: &mut TxContext) {
    transfer::transfer(token, tx_context::sender(ctx))
}

// === Requests ===

/// A new request for action `name`, sent by the transaction's sender. Public, so that
/// packages can define custom actions.
public fun new_request<T>(
    name: String,
    amount: u64,
    recipient: Option<address>,
    spent_balance: Option<Balance<T>>,
    ctx: &TxContext,
): ActionRequest<T> {
    ActionRequest {
        name,
        amount,
        sender: tx_context::sender(ctx),
        recipient,
        spent_balance,
        approvals: vec_set::empty(),
    }
}

/// Confirm `request` against `policy`; returns its name, amount, sender and recipient.
/// Requests carrying a spent balance need `confirm_request_mut`.
/// Aborts with `ECantConsumeBalance` if the request carries a spent balance, `EUnknownAction`
/// if the policy does not allow the action, `ENotApproved` if a rule of the action has not
/// approved the request.
public fun confirm_request<T>(
    policy: &TokenPolicy<T>,
    request: ActionRequest<T>,
    _ctx: &mut TxContext,
): (String, u64, address, Option<address>) {
    assert!(request.spent_balance.is_none(), ECantConsumeBalance);
    assert!(vec_map::contains(&policy.rules, &request.name), EUnknownAction);
    let ActionRequest { name, amount, sender, recipient, spent_balance, approvals } = request;
    spent_balance.destroy_none();
    let required = vec_set::keys(vec_map::get(&policy.rules, &name));
    let count = required.length();
    let mut i = 0;
    while (i < count) {
        assert!(vec_set::contains(&approvals, &required[i]), ENotApproved);
        i = i + 1;
    };
    (name, amount, sender, recipient)
}

/// Confirm a request carrying a spent balance (such as `spend`) against `policy`: the balance
/// is moved into the policy's spent balance, then the request is checked as in
/// `confirm_request`.
/// Aborts with `EUnknownAction` if the policy does not allow the action,
/// `EUseImmutableConfirm` if the request carries no spent balance, and as `confirm_request`.
public fun confirm_request_mut<T>(
    policy: &mut TokenPolicy<T>,
    mut request: ActionRequest<T>,
    ctx: &mut TxContext,
): (String, u64, address, Option<address>) {
    assert!(vec_map::contains(&policy.rules, &request.name), EUnknownAction);
    assert!(request.spent_balance.is_some(), EUseImmutableConfirm);
    balance::join(&mut policy.spent_balance, request.spent_balance.extract());
    confirm_request(policy, request, ctx)
}

/// Confirm `request` as the policy's administrator, whatever the policy says.
/// Aborts with `ECantConsumeBalance` if the request carries a spent balance (only the
/// `TreasuryCap` can take it: see `confirm_with_treasury_cap`).
public fun confirm_with_policy_cap<T>(
    _policy_cap: &TokenPolicyCap<T>,
    request: ActionRequest<T>,
    _ctx: &mut TxContext,
): (String, u64, address, Option<address>) {
    assert!(request.spent_balance.is_none(), ECantConsumeBalance);
    let ActionRequest { name, amount, sender, recipient, spent_balance, approvals: _ } = request;
    spent_balance.destroy_none();
    (name, amount, sender, recipient)
}

/// Confirm `request` as the currency's `TreasuryCap` holder, whatever the policy says; a spent
/// balance the request carries is burned (the supply decreases).
public fun confirm_with_treasury_cap<T>(
    treasury_cap: &mut TreasuryCap<T>,
    request: ActionRequest<T>,
    _ctx: &mut TxContext,
): (String, u64, address, Option<address>) {
    let ActionRequest { name, amount, sender, recipient, spent_balance, approvals: _ } = request;
    if (spent_balance.is_some()) {
        balance::decrease_supply(coin::supply_mut(treasury_cap), spent_balance.destroy_some());
    } else {
        spent_balance.destroy_none();
    };
    (name, amount, sender, recipient)
}

// === Rules ===

/// Stamp `request` with the approval of rule `W` (proved by the witness `_t`). Any rule may
/// approve any request; only the approvals the policy requires are checked.
public fun add_approval<T, W: drop>(_t: W, request: &mut ActionRequest<T>, _ctx: &mut TxContext) {
    vec_set::insert(&mut request.approvals, type_name::get<W>())
}

/// Store `config` as the configuration of rule `Rule` in `self`. Needs both the rule's witness
/// and the policy's capability. The configuration is per rule, shared by all actions.
/// Aborts with `ENotAuthorized` if `cap` is not `self`'s, and with
/// `sui::dynamic_field::EFieldAlreadyExists` if the rule already has a configuration.
public fun add_rule_config<T, Rule: drop, Config: store>(
    _rule: Rule,
    self: &mut TokenPolicy<T>,
    cap: &TokenPolicyCap<T>,
    config: Config,
    _ctx: &mut TxContext,
) {
    assert_cap(self, cap);
    df::add(&mut self.id, key<Rule>(), config)
}

/// The configuration of rule `Rule` (only the rule, holding its witness, can read it).
/// Aborts with `ENoConfig` if there is no configuration of type `Config`.
public fun rule_config<T, Rule: drop, Config: store>(_rule: Rule, self: &TokenPolicy<T>): &Config {
    assert!(has_rule_config_with_type<T, Rule, Config>(self), ENoConfig);
    df::borrow(&self.id, key<Rule>())
}

/// Mutable access to the configuration of rule `Rule`; needs the rule's witness and the
/// policy's capability.
/// Aborts with `ENoConfig` if there is no configuration of type `Config`, `ENotAuthorized` if
/// `cap` is not `self`'s.
public fun rule_config_mut<T, Rule: drop, Config: store>(
    _rule: Rule,
    self: &mut TokenPolicy<T>,
    cap: &TokenPolicyCap<T>,
): &mut Config {
    assert!(has_rule_config_with_type<T, Rule, Config>(self), ENoConfig);
    assert_cap(self, cap);
    df::borrow_mut(&mut self.id, key<Rule>())
}

/// Remove and return the configuration of rule `Rule`; needs only the policy's capability.
/// Aborts with `ENoConfig` if there is no configuration of type `Config`, `ENotAuthorized` if
/// `cap` is not `self`'s.
public fun remove_rule_config<T, Rule, Config: store>(
    self: &mut TokenPolicy<T>,
    cap: &TokenPolicyCap<T>,
    _ctx: &mut TxContext,
): Config {
    assert!(has_rule_config_with_type<T, Rule, Config>(self), ENoConfig);
    assert_cap(self, cap);
    df::remove(&mut self.id, key<Rule>())
}

/// True iff rule `Rule` has a configuration in `self`, of any type.
public fun has_rule_config<T, Rule>(self: &TokenPolicy<T>): bool {
    df::exists_<RuleKey<Rule>>(&self.id, key<Rule>())
}

/// True iff rule `Rule` has a configuration of type `Config` in `self`.
public fun has_rule_config_with_type<T, Rule, Config: store>(self: &TokenPolicy<T>): bool {
    df::exists_with_type<RuleKey<Rule>, Config>(&self.id, key<Rule>())
}

// === Policy administration ===

/// Allow `action`, with no rules required.
/// Aborts with `ENotAuthorized` if `cap` is not `self`'s.
public fun allow<T>(
    self: &mut TokenPolicy<T>,
    cap: &TokenPolicyCap<T>,
    action: String,
    _ctx: &mut TxContext,
) {
    assert_cap(self, cap);
    vec_map::insert(&mut self.rules, action, vec_set::empty());
}

/// Disallow `action`, dropping its rules.
/// Aborts with `ENotAuthorized` if `cap` is not `self`'s.
public fun disallow<T>(
    self: &mut TokenPolicy<T>,
    cap: &TokenPolicyCap<T>,
    action: String,
    _ctx: &mut TxContext,
) {
    assert_cap(self, cap);
    let (_, _) = vec_map::remove(&mut self.rules, &action);
}

/// Require the approval of rule `Rule` for `action`, allowing the action first if needed.
/// Aborts with `ENotAuthorized` if `cap` is not `self`'s.
public fun add_rule_for_action<T, Rule: drop>(
    self: &mut TokenPolicy<T>,
    cap: &TokenPolicyCap<T>,
    action: String,
    ctx: &mut TxContext,
) {
    assert_cap(self, cap);
    if (!vec_map::contains(&self.rules, &action)) allow(self, cap, action, ctx);
    vec_set::insert(vec_map::get_mut(&mut self.rules, &action), type_name::get<Rule>())
}

/// Stop requiring the approval of rule `Rule` for `action`. The rule's configuration, if any,
/// stays (see `remove_rule_config`).
/// Aborts with `ENotAuthorized` if `cap` is not `self`'s.
public fun remove_rule_for_action<T, Rule: drop>(
    self: &mut TokenPolicy<T>,
    cap: &TokenPolicyCap<T>,
    action: String,
    _ctx: &mut TxContext,
) {
    assert_cap(self, cap);
    vec_set::remove(vec_map::get_mut(&mut self.rules, &action), &type_name::get<Rule>())
}

// === Treasury ===

/// Mint a token of `amount` (the supply increases).
public fun mint<T>(cap: &mut TreasuryCap<T>, amount: u64, ctx: &mut TxContext): Token<T> {
    let balance = balance::increase_supply(coin::supply_mut(cap), amount);
    Token { id: object::new(ctx), balance }
}

/// Burn `token` (the supply decreases).
public fun burn<T>(cap: &mut TreasuryCap<T>, token: Token<T>) {
    let Token { id, balance } = token;
    object::delete(id);
    balance::decrease_supply(coin::supply_mut(cap), balance);
}

/// Burn everything in the policy's spent balance; returns the amount burned.
public fun flush<T>(
    self: &mut TokenPolicy<T>,
    cap: &mut TreasuryCap<T>,
    _ctx: &mut TxContext,
): u64 {
    let amount = balance::value(&self.spent_balance);
    let spent = balance::split(&mut self.spent_balance, amount);
    balance::decrease_supply(coin::supply_mut(cap), spent)
}

// === Getters ===

/// True iff the policy allows `action`.
public fun is_allowed<T>(self: &TokenPolicy<T>, action: &String): bool {
    vec_map::contains(&self.rules, action)
}

/// The rules `action` requires.
/// Aborts if the policy does not allow `action`.
public fun rules<T>(self: &TokenPolicy<T>, action: &String): VecSet<TypeName> {
    *vec_map::get(&self.rules, action)
}

/// The amount in the policy's spent balance.
public fun spent_balance<T>(self: &TokenPolicy<T>): u64 {
    balance::value(&self.spent_balance)
}

/// The amount the token holds.
public fun value<T>(t: &Token<T>): u64 {
    balance::value(&t.balance)
}

// === Action names ===

/// `"transfer"`.
public fun transfer_action(): String {
    string::utf8(TRANSFER)
}

/// `"spend"`.
public fun spend_action(): String {
    string::utf8(SPEND)
}

/// `"to_coin"`.
public fun to_coin_action(): String {
    string::utf8(TO_COIN)
}

/// `"from_coin"`.
public fun from_coin_action(): String {
    string::utf8(FROM_COIN)
}

// === ActionRequest fields ===

/// The request's action.
public fun action<T>(self: &ActionRequest<T>): String { self.name }

/// The request's amount.
public fun amount<T>(self: &ActionRequest<T>): u64 { self.amount }

/// Who made the request.
public fun sender<T>(self: &ActionRequest<T>): address { self.sender }

/// The request's recipient, if any.
public fun recipient<T>(self: &ActionRequest<T>): Option<address> { self.recipient }

/// The rules that approved the request so far.
public fun approvals<T>(self: &ActionRequest<T>): VecSet<TypeName> { self.approvals }

/// The amount of the balance the request carries, if any.
public fun spent<T>(self: &ActionRequest<T>): Option<u64> {
    if (self.spent_balance.is_none()) return option::none();
    option::some(balance::value(self.spent_balance.borrow()))
}

// === Internal ===

/// The key of rule `Rule`'s configuration. `is_protected` is reserved for future use.
fun key<Rule>(): RuleKey<Rule> { RuleKey { is_protected: true } }

fun assert_cap<T>(self: &TokenPolicy<T>, cap: &TokenPolicyCap<T>) {
    assert!(object::id(self) == cap.for, ENotAuthorized);
}

fun make_policy<T>(ctx: &mut TxContext): (TokenPolicy<T>, TokenPolicyCap<T>) {
    let policy = TokenPolicy {
        id: object::new(ctx),
        spent_balance: balance::zero(),
        rules: vec_map::empty(),
    };
    let cap = TokenPolicyCap { id: object::new(ctx), for: object::id(&policy) };
    (policy, cap)
}

// === Testing ===

#[test_only]
/// A policy and its capability, without a `TreasuryCap`.
public fun new_policy_for_testing<T>(ctx: &mut TxContext): (TokenPolicy<T>, TokenPolicyCap<T>) {
    make_policy(ctx)
}

#[test_only]
/// Destroy a policy and its capability, whatever the policy holds.
public fun burn_policy_for_testing<T>(policy: TokenPolicy<T>, cap: TokenPolicyCap<T>) {
    let TokenPolicyCap { id: cap_id, for: _ } = cap;
    let TokenPolicy { id, spent_balance, rules: _ } = policy;
    balance::destroy_for_testing(spent_balance);
    object::delete(cap_id);
    object::delete(id);
}

#[test_only]
/// A token of `amount`, out of thin air.
public fun mint_for_testing<T>(amount: u64, ctx: &mut TxContext): Token<T> {
    Token { id: object::new(ctx), balance: balance::create_for_testing(amount) }
}

#[test_only]
/// Destroy a token, whatever it holds.
public fun burn_for_testing<T>(token: Token<T>) {
    let Token { id, balance } = token;
    balance::destroy_for_testing(balance);
    object::delete(id);
}
