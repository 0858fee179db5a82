/// A map backed by a vector of entries.
///
/// Keys are unique; entries keep their insertion order (removal of an entry keeps the order of
/// the others). Every operation is O(N) in the size of the map: it is meant for small maps, where
/// the convenience of a map API matters more than speed. Large maps belong in dynamic fields
/// (`table`, `bag`).
module sui::vec_map;

/// The key already exists in the map.
const EKeyAlreadyExists: u64 = 0;

/// The key does not exist in the map.
const EKeyDoesNotExist: u64 = 1;

/// The map is not empty and cannot be destroyed.
const EMapNotEmpty: u64 = 2;

/// The index is not that of an entry of the map.
const EIndexOutOfBounds: u64 = 3;

/// The map is empty: there is nothing to pop.
const EMapEmpty: u64 = 4;

/// The vectors of keys and values have different lengths.
const EUnequalLengths: u64 = 5;

/// A map with unique keys of type `K` and values of type `V`, in insertion order.
public struct VecMap<K: copy, V> has copy, drop, store {
    contents: vector<Entry<K, V>>,
}

/// One entry of a map.
public struct Entry<K: copy, V> has copy, drop, store {
    key: K,
    value: V,
}

/// An empty map.
public fun empty<K: copy, V>(): VecMap<K, V> {
    VecMap { contents: vector[] }
}

/// Add the entry `key` -> `value` at the end. Aborts with `EKeyAlreadyExists` if `key` is bound.
public fun insert<K: copy, V>(self: &mut VecMap<K, V>, key: K, value: V) {
    assert!(!self.contains(&key), EKeyAlreadyExists);
    self.contents.push_back(Entry { key, value })
}

/// Remove the entry of `key` and return it. Aborts with `EKeyDoesNotExist` if `key` is unbound.
public fun remove<K: copy, V>(self: &mut VecMap<K, V>, key: &K): (K, V) {
    let idx = self.get_idx(key);
    let Entry { key, value } = self.contents.remove(idx);
    (key, value)
}

/// Remove the most recently inserted entry and return it. Aborts with `EMapEmpty` if the map is
/// empty.
public fun pop<K: copy, V>(self: &mut VecMap<K, V>): (K, V) {
    assert!(!self.contents.is_empty(), EMapEmpty);
    let Entry { key, value } = self.contents.pop_back();
    (key, value)
}

/// A mutable reference to the value of `key`. Aborts with `EKeyDoesNotExist` if `key` is unbound.
public fun get_mut<K: copy, V>(self: &mut VecMap<K, V>, key: &K): &mut V {
    let idx = self.get_idx(key);
    &mut self.contents[idx].value
}

/// A reference to the value of `key`. Aborts with `EKeyDoesNotExist` if `key` is unbound.
public fun get<K: copy, V>(self: &VecMap<K, V>, key: &K): &V {
    let idx = self.get_idx(key);
    &self.contents[idx].value
}

/// A copy of the value of `key`, or none if `key` is unbound.
public fun try_get<K: copy, V: copy>(self: &VecMap<K, V>, key: &K): Option<V> {
    let idx = self.get_idx_opt(key);
    if (idx.is_some()) {
        option::some(self.contents[idx.destroy_some()].value)
    } else {
        option::none()
    }
}

/// Whether `key` is bound in the map.
public fun contains<K: copy, V>(self: &VecMap<K, V>, key: &K): bool {
    self.get_idx_opt(key).is_some()
}

/// The number of entries.
public fun length<K: copy, V>(self: &VecMap<K, V>): u64 {
    self.contents.length()
}

/// Whether the map has no entries.
public fun is_empty<K: copy, V>(self: &VecMap<K, V>): bool {
    self.contents.is_empty()
}

/// Destroy an empty map. Aborts with `EMapNotEmpty` if it has entries.
public fun destroy_empty<K: copy, V>(self: VecMap<K, V>) {
    let VecMap { contents } = self;
    assert!(contents.is_empty(), EMapNotEmpty);
    contents.destroy_empty()
}

/// Take the map apart into its keys and its values, both in insertion order.
public fun into_keys_values<K: copy, V>(self: VecMap<K, V>): (vector<K>, vector<V>) {
    let VecMap { mut contents } = self;
    // Popping from the back yields the entries last to first; reverse to keep the order.
    contents.reverse();
    let mut keys = vector[];
    let mut values = vector[];
    while (!contents.is_empty()) {
        let Entry { key, value } = contents.pop_back();
        keys.push_back(key);
        values.push_back(value);
    };
    contents.destroy_empty();
    (keys, values)
}

/// A map of `keys[i]` -> `values[i]`, in order. Aborts with `EUnequalLengths` if the lengths
/// differ and with `EKeyAlreadyExists` if a key repeats.
public fun from_keys_values<K: copy, V>(mut keys: vector<K>, mut values: vector<V>): VecMap<K, V> {
    assert!(keys.length() == values.length(), EUnequalLengths);
    keys.reverse();
    values.reverse();
    let mut map = empty();
    while (!keys.is_empty()) {
        map.insert(keys.pop_back(), values.pop_back());
    };
    keys.destroy_empty();
    values.destroy_empty();
    map
}

/// The keys, in insertion order.
public fun keys<K: copy, V>(self: &VecMap<K, V>): vector<K> {
    let mut keys = vector[];
    let len = self.contents.length();
    let mut i = 0;
    while (i < len) {
        keys.push_back(self.contents[i].key);
        i = i + 1;
    };
    keys
}

/// The index of the entry of `key`, or none if `key` is unbound.
public fun get_idx_opt<K: copy, V>(self: &VecMap<K, V>, key: &K): Option<u64> {
    let len = self.contents.length();
    let mut i = 0;
    while (i < len) {
        if (&self.contents[i].key == key) {
            return option::some(i)
        };
        i = i + 1;
    };
    option::none()
}

/// The index of the entry of `key`. Aborts with `EKeyDoesNotExist` if `key` is unbound.
public fun get_idx<K: copy, V>(self: &VecMap<K, V>, key: &K): u64 {
    let idx = self.get_idx_opt(key);
    assert!(idx.is_some(), EKeyDoesNotExist);
    idx.destroy_some()
}

/// References to the key and value of the entry at `idx` (0 is the oldest entry). Aborts with
/// `EIndexOutOfBounds` if there is no such entry.
public fun get_entry_by_idx<K: copy, V>(self: &VecMap<K, V>, idx: u64): (&K, &V) {
    assert!(idx < self.contents.length(), EIndexOutOfBounds);
    let entry = &self.contents[idx];
    (&entry.key, &entry.value)
}

/// A reference to the key and a mutable reference to the value of the entry at `idx`. Aborts
/// with `EIndexOutOfBounds` if there is no such entry.
public fun get_entry_by_idx_mut<K: copy, V>(self: &mut VecMap<K, V>, idx: u64): (&K, &mut V) {
    assert!(idx < self.contents.length(), EIndexOutOfBounds);
    let entry = &mut self.contents[idx];
    (&entry.key, &mut entry.value)
}

/// Remove the entry at `idx` and return it. Aborts with `EIndexOutOfBounds` if there is no such
/// entry.
public fun remove_entry_by_idx<K: copy, V>(self: &mut VecMap<K, V>, idx: u64): (K, V) {
    assert!(idx < self.contents.length(), EIndexOutOfBounds);
    let Entry { key, value } = self.contents.remove(idx);
    (key, value)
}

/// The number of entries (same as `length`).
public fun size<K: copy, V>(self: &VecMap<K, V>): u64 {
    self.contents.length()
}
