/// Dynamic fields: named values attached to an object's `UID` after the object was built.
/// A name is any value with `copy + drop + store` (a number, a string, a struct key...); the
/// value only needs `store`. Each field lives in its own child object, owned by the parent,
/// whose address is derived from the parent's address, the name's type and the name's bytes.
/// The collection types (`table`, `bag`, `linked_table`, ...) are built on this module.
module sui::dynamic_field;

#[allow(unused_const)]
/// A field with this name already exists on the object.
const EFieldAlreadyExists: u64 = 0;
#[allow(unused_const)]
/// The object has no field with this name (for the value type given).
const EFieldDoesNotExist: u64 = 1;
#[allow(unused_const)]
/// A field with this name exists, but its value has another type.
const EFieldTypeMismatch: u64 = 2;
#[allow(unused_const)]
/// The field's name could not be serialized.
const EBCSSerializationFailure: u64 = 3;
#[allow(unused_const)]
/// Dynamic fields cannot be added to or removed from a shared object in this way.
const ESharedObjectOperationNotSupported: u64 = 4;

/// The child object that holds one dynamic field: its `id` is derived from the parent and the
/// name, `name` is the key and `value` the stored value.
public struct Field<Name: copy + drop + store, Value: store> has key {
    /// Derived from `hash(parent address || name bytes || Name type)`.
    id: UID,
    /// The field's name.
    name: Name,
    /// The value bound to the name.
    value: Value,
}

/// Attach `value` to `object` under `name`.
/// Aborts with `EFieldAlreadyExists` if `object` already has a field with that name.
public fun add<Name: copy + drop + store, Value: store>(
    // `&mut UID` gives access control: only the object's module can hand it out
    object: &mut UID,
    name: Name,
    value: Value,
) {
    let parent = object::uid_to_address(object);
    let child = hash_type_and_key(parent, name);
    assert!(!has_child_object(parent, child), EFieldAlreadyExists);
    add_child_object(parent, Field { id: object::new_uid_from_hash(child), name, value });
}

/// Read access to the value stored under `name`.
/// Aborts with `EFieldDoesNotExist` if there is no such field, `EFieldTypeMismatch` if its
/// value is not a `Value`.
public fun borrow<Name: copy + drop + store, Value: store>(object: &UID, name: Name): &Value {
    let child = hash_type_and_key(object::uid_to_address(object), name);
    let field: &Field<Name, Value> = borrow_child_object(object, child);
    &field.value
}

/// Write access to the value stored under `name`.
/// Aborts with `EFieldDoesNotExist` if there is no such field, `EFieldTypeMismatch` if its
/// value is not a `Value`.
public fun borrow_mut<Name: copy + drop + store, Value: store>(
    object: &mut UID,
    name: Name,
): &mut Value {
    let child = hash_type_and_key(object::uid_to_address(object), name);
    let field: &mut Field<Name, Value> = borrow_child_object_mut(object, child);
    &mut field.value
}

/// Detach the field `name` from `object` and return its value.
/// Aborts with `EFieldDoesNotExist` if there is no such field, `EFieldTypeMismatch` if its
/// value is not a `Value`.
public fun remove<Name: copy + drop + store, Value: store>(object: &mut UID, name: Name): Value {
    let parent = object::uid_to_address(object);
    let child = hash_type_and_key(parent, name);
    let field: Field<Name, Value> = remove_child_object(parent, child);
    let Field { id, name: _, value } = field;
    object::delete(id);
    value
}

/// True iff `object` has a field named `name`, whatever the type of its value.
public fun exists<Name: copy + drop + store>(object: &UID, name: Name): bool {
    let parent = object::uid_to_address(object);
    has_child_object(parent, hash_type_and_key(parent, name))
}

/// True iff `object` has a field named `name`, whatever the type of its value.
/// (The older name of `exists`.)
public fun exists_<Name: copy + drop + store>(object: &UID, name: Name): bool {
    exists(object, name)
}

/// Remove the field `name` if there is one: `some(value)` if it was there, `none` otherwise.
/// Aborts with `EFieldTypeMismatch` if the field exists with a value of another type.
public fun remove_if_exists<Name: copy + drop + store, Value: store>(
    object: &mut UID,
    name: Name,
): Option<Value> {
    if (!exists(object, name)) return option::none();
    option::some(remove(object, name))
}

/// Same as `remove_if_exists`.
public fun remove_opt<Name: copy + drop + store, Value: store>(
    object: &mut UID,
    name: Name,
): Option<Value> {
    remove_if_exists(object, name)
}

/// Put `value` under `name`, returning the value that was there before, if any. The old and
/// the new value may have different types.
/// Aborts with `EFieldTypeMismatch` if the field exists with a value that is not a `ValueOld`.
public fun replace<Name: copy + drop + store, ValueNew: store, ValueOld: store>(
    object: &mut UID,
    name: Name,
    value: ValueNew,
): Option<ValueOld> {
    let previous = remove_if_exists<Name, ValueOld>(object, name);
    add(object, name, value);
    previous
}

/// True iff `object` has a field named `name` whose value is a `Value`.
public fun exists_with_type<Name: copy + drop + store, Value: store>(
    object: &UID,
    name: Name,
): bool {
    let parent = object::uid_to_address(object);
    let child = hash_type_and_key(parent, name);
    has_child_object_with_ty<Field<Name, Value>>(parent, child)
}

/// For a field whose value is an `ID` (as `dynamic_object_field` stores them): the field
/// object's `UID` and the address held in the value.
public(package) fun field_info<Name: copy + drop + store>(
    object: &UID,
    name: Name,
): (&UID, address) {
    let child = hash_type_and_key(object::uid_to_address(object), name);
    let field: &Field<Name, ID> = borrow_child_object(object, child);
    (&field.id, object::id_to_address(&field.value))
}

/// Mutable form of `field_info`.
public(package) fun field_info_mut<Name: copy + drop + store>(
    object: &mut UID,
    name: Name,
): (&mut UID, address) {
    let child = hash_type_and_key(object::uid_to_address(object), name);
    let field: &mut Field<Name, ID> = borrow_child_object_mut(object, child);
    let target = object::id_to_address(&field.value);
    (&mut field.id, target)
}

// === Macros ===

/// Borrow the value under `$name`, first adding `$default` if the field is missing
/// (`$default` is only evaluated then).
public macro fun borrow_or_add<$Name: copy + drop + store, $Value: store>(
    $object: &mut UID,
    $name: $Name,
    $default: $Value,
): &$Value {
    let obj = $object;
    let key = $name;
    if (!exists<$Name>(obj, key)) add(obj, key, $default);
    borrow(obj, key)
}

/// Mutably borrow the value under `$name`, first adding `$default` if the field is missing
/// (`$default` is only evaluated then).
public macro fun borrow_mut_or_add<$Name: copy + drop + store, $Value: store>(
    $object: &mut UID,
    $name: $Name,
    $default: $Value,
): &mut $Value {
    let obj = $object;
    let key = $name;
    if (!exists<$Name>(obj, key)) add(obj, key, $default);
    borrow_mut(obj, key)
}

/// Call `$f` on the value under `$name` if the field exists; do nothing otherwise.
public macro fun get_do<$Name: copy + drop + store, $Value: store, $R: drop>(
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

/// Call `$f` on a mutable reference to the value under `$name` if the field exists.
public macro fun get_mut_do<$Name: copy + drop + store, $Value: store, $R: drop>(
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

/// `$some` applied to the value under `$name` if the field exists, `$none` otherwise.
public macro fun get_fold<$Name: copy + drop + store, $Value: store, $R>(
    $object: &UID,
    $name: $Name,
    $none: $R,
    $some: |&$Value| -> $R,
): $R {
    let obj = $object;
    let key = $name;
    if (exists<$Name>(obj, key)) $some(borrow(obj, key)) else $none
}

/// `$some` applied to a mutable reference to the value under `$name` if the field exists,
/// `$none` otherwise.
public macro fun get_mut_fold<$Name: copy + drop + store, $Value: store, $R>(
    $object: &mut UID,
    $name: $Name,
    $none: $R,
    $some: |&mut $Value| -> $R,
): $R {
    let obj = $object;
    let key = $name;
    if (exists<$Name>(obj, key)) $some(borrow_mut(obj, key)) else $none
}

// === Natives ===

/// The address of the child object that holds field `k` of the object at `parent`.
/// May abort with `EBCSSerializationFailure`.
public(package) native fun hash_type_and_key<K: copy + drop + store>(parent: address, k: K): address;

/// Make `child` a child object of `parent`.
public(package) native fun add_child_object<Child: key>(parent: address, child: Child);

/// Borrow the child object at `id` of `object`. Aborts with `EFieldDoesNotExist` if there is
/// none, `EFieldTypeMismatch` if it is not a `Child`.
public(package) native fun borrow_child_object<Child: key>(object: &UID, id: address): &Child;

/// Mutable form of `borrow_child_object`.
public(package) native fun borrow_child_object_mut<Child: key>(
    object: &mut UID,
    id: address,
): &mut Child;

/// Take the child object at `id` away from `parent`. Aborts with `EFieldDoesNotExist` if there
/// is none, `EFieldTypeMismatch` if it is not a `Child`.
public(package) native fun remove_child_object<Child: key>(parent: address, id: address): Child;

/// True iff `parent` has a child object at `id`.
public(package) native fun has_child_object(parent: address, id: address): bool;

/// True iff `parent` has a child object at `id` and it is a `Child`.
public(package) native fun has_child_object_with_ty<Child: key>(parent: address, id: address): bool;
