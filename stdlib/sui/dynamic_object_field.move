/// Dynamic object fields: like `sui::dynamic_field`, but the values are objects (`key + store`)
/// that stay objects in storage, keep their own ID and can be looked up by it. Under the hood
/// the parent gets an ordinary dynamic field, keyed by `Wrapper { name }`, holding the value's
/// `ID`, and the value object itself becomes a child of that field object.
module sui::dynamic_object_field;

use sui::dynamic_field::{
    Self as field,
    add_child_object,
    borrow_child_object,
    borrow_child_object_mut,
    remove_child_object
};

/// Key of the underlying dynamic field. A distinct type so that object fields never collide
/// with plain dynamic fields of the same name.
public struct Wrapper<Name> has copy, drop, store {
    name: Name,
}

/// Attach the object `value` to `object` under `name`.
/// Aborts with `EFieldAlreadyExists` if `object` already has a field with that name.
public fun add<Name: copy + drop + store, Value: key + store>(
    // `&mut UID` gives access control: only the object's module can hand it out
    object: &mut UID,
    name: Name,
    value: Value,
) {
    attach(object, name, value)
}

/// Read access to the object stored under `name`.
/// Aborts with `EFieldDoesNotExist` if there is no such field, `EFieldTypeMismatch` if the
/// object is not a `Value`.
public fun borrow<Name: copy + drop + store, Value: key + store>(object: &UID, name: Name): &Value {
    child_ref(object, name)
}

/// Write access to the object stored under `name`.
/// Aborts with `EFieldDoesNotExist` if there is no such field, `EFieldTypeMismatch` if the
/// object is not a `Value`.
public fun borrow_mut<Name: copy + drop + store, Value: key + store>(
    object: &mut UID,
    name: Name,
): &mut Value {
    child_mut(object, name)
}

/// Detach the object stored under `name` and return it.
/// Aborts with `EFieldDoesNotExist` if there is no such field, `EFieldTypeMismatch` if the
/// object is not a `Value`.
public fun remove<Name: copy + drop + store, Value: key + store>(
    object: &mut UID,
    name: Name,
): Value {
    detach(object, name)
}

/// True iff `object` has an object field named `name`.
public fun exists<Name: copy + drop + store>(object: &UID, name: Name): bool {
    field::exists_with_type<Wrapper<Name>, ID>(object, Wrapper { name })
}

/// True iff `object` has an object field named `name`. (The older name of `exists`.)
public fun exists_<Name: copy + drop + store>(object: &UID, name: Name): bool {
    exists(object, name)
}

/// True iff `object` has an object field named `name` holding a `Value`.
public fun exists_with_type<Name: copy + drop + store, Value: key + store>(
    object: &UID,
    name: Name,
): bool {
    holds<Name, Value>(object, name)
}

/// The ID of the object stored under `name`, or `none` if there is no such field.
public fun id<Name: copy + drop + store>(object: &UID, name: Name): Option<ID> {
    let key = Wrapper { name };
    if (field::exists_with_type<Wrapper<Name>, ID>(object, key)) {
        let (_, target) = field::field_info(object, key);
        option::some(object::id_from_address(target))
    } else {
        option::none()
    }
}

/// Remove the object under `name` if there is one: `some(value)` if it was there, `none`
/// otherwise. Aborts with `EFieldTypeMismatch` if the object there is not a `Value`.
public fun remove_opt<Name: copy + drop + store, Value: key + store>(
    object: &mut UID,
    name: Name,
): Option<Value> {
    if (!exists(object, name)) return option::none();
    option::some(remove(object, name))
}

/// Put `value` under `name`, returning the object that was there before, if any. The old and
/// the new object may have different types.
/// Aborts with `EFieldTypeMismatch` if the field exists with an object that is not a `ValueOld`.
public fun replace<Name: copy + drop + store, ValueNew: key + store, ValueOld: key + store>(
    object: &mut UID,
    name: Name,
    value: ValueNew,
): Option<ValueOld> {
    let previous = remove_opt<Name, ValueOld>(object, name);
    add(object, name, value);
    previous
}

// === Macros ===

/// Borrow the object under `$name`, first adding `$default` if the field is missing
/// (`$default` is only evaluated then).
public macro fun borrow_or_add<$Name: copy + drop + store, $Value: key + store>(
    $object: &mut UID,
    $name: $Name,
    $default: $Value,
): &$Value {
    let obj = $object;
    let key = $name;
    if (!exists<$Name>(obj, key)) add(obj, key, $default);
    borrow(obj, key)
}

/// Mutably borrow the object under `$name`, first adding `$default` if the field is missing
/// (`$default` is only evaluated then).
public macro fun borrow_mut_or_add<$Name: copy + drop + store, $Value: key + store>(
    $object: &mut UID,
    $name: $Name,
    $default: $Value,
): &mut $Value {
    let obj = $object;
    let key = $name;
    if (!exists<$Name>(obj, key)) add(obj, key, $default);
    borrow_mut(obj, key)
}

/// Call `$f` on the object under `$name` if the field exists; do nothing otherwise.
public macro fun get_do<$Name: copy + drop + store, $Value: key + store, $R: drop>(
    $object: &UID,
    $name: $Name,
    $f: |&$Value| -> $R,
) {
    let obj = $object;
    let key = $name;
    if (exists<$Name>(obj, key)) {
        $f(borrow(obj, key));
    }
}

/// Call `$f` on a mutable reference to the object under `$name` if the field exists.
public macro fun get_mut_do<$Name: copy + drop + store, $Value: key + store, $R: drop>(
    $object: &mut UID,
    $name: $Name,
    $f: |&mut $Value| -> $R,
) {
    let obj = $object;
    let key = $name;
    if (exists<$Name>(obj, key)) {
        $f(borrow_mut(obj, key));
    }
}

/// `$some` applied to the object under `$name` if the field exists, `$none` otherwise.
public macro fun get_fold<$Name: copy + drop + store, $Value: key + store, $R>(
    $object: &UID,
    $name: $Name,
    $none: $R,
    $some: |&$Value| -> $R,
): $R {
    let obj = $object;
    let key = $name;
    if (exists<$Name>(obj, key)) $some(borrow(obj, key)) else $none
}

/// `$some` applied to a mutable reference to the object under `$name` if the field exists,
/// `$none` otherwise.
public macro fun get_mut_fold<$Name: copy + drop + store, $Value: key + store, $R>(
    $object: &mut UID,
    $name: $Name,
    $none: $R,
    $some: |&mut $Value| -> $R,
): $R {
    let obj = $object;
    let key = $name;
    if (exists<$Name>(obj, key)) $some(borrow_mut(obj, key)) else $none
}

// === Package-internal forms for `key`-only values ===

public(package) fun internal_add<Name: copy + drop + store, Value: key>(
    object: &mut UID,
    name: Name,
    value: Value,
) {
    attach(object, name, value)
}

public(package) fun internal_borrow<Name: copy + drop + store, Value: key>(
    object: &UID,
    name: Name,
): &Value {
    child_ref(object, name)
}

public(package) fun internal_borrow_mut<Name: copy + drop + store, Value: key>(
    object: &mut UID,
    name: Name,
): &mut Value {
    child_mut(object, name)
}

public(package) fun internal_remove<Name: copy + drop + store, Value: key>(
    object: &mut UID,
    name: Name,
): Value {
    detach(object, name)
}

public(package) fun internal_exists_with_type<Name: copy + drop + store, Value: key>(
    object: &UID,
    name: Name,
): bool {
    holds<Name, Value>(object, name)
}

// === Implementation ===

/// Record the value's ID in a dynamic field of `object`, then make the value a child of that
/// field object.
fun attach<Name: copy + drop + store, Value: key>(object: &mut UID, name: Name, value: Value) {
    let key = Wrapper { name };
    field::add(object, key, object::id(&value));
    let (holder, _) = field::field_info(object, key);
    add_child_object(object::uid_to_address(holder), value);
}

fun child_ref<Name: copy + drop + store, Value: key>(object: &UID, name: Name): &Value {
    let (holder, target) = field::field_info(object, Wrapper { name });
    borrow_child_object<Value>(holder, target)
}

fun child_mut<Name: copy + drop + store, Value: key>(object: &mut UID, name: Name): &mut Value {
    let (holder, target) = field::field_info_mut(object, Wrapper { name });
    borrow_child_object_mut<Value>(holder, target)
}

fun detach<Name: copy + drop + store, Value: key>(object: &mut UID, name: Name): Value {
    let key = Wrapper { name };
    let (holder, target) = field::field_info(object, key);
    let value = remove_child_object<Value>(object::uid_to_address(holder), target);
    let _: ID = field::remove(object, key);
    value
}

fun holds<Name: copy + drop + store, Value: key>(object: &UID, name: Name): bool {
    let key = Wrapper { name };
    if (!field::exists_with_type<Wrapper<Name>, ID>(object, key)) return false;
    let (holder, target) = field::field_info(object, key);
    field::has_child_object_with_ty<Value>(object::uid_to_address(holder), target)
}
