/// A set backed by a vector.
///
/// Keys are unique and kept in insertion order. Every operation is O(N) in the size of the set:
/// it is meant for small sets. Sets that need sorted iteration should be written by hand.
module sui::vec_set;

/// The key already exists in the set.
const EKeyAlreadyExists: u64 = 0;

/// The key does not exist in the set.
const EKeyDoesNotExist: u64 = 1;

/// A set of unique keys of type `K`, in insertion order.
public struct VecSet<K: copy + drop> has copy, drop, store {
    contents: vector<K>,
}

/// An empty set.
public fun empty<K: copy + drop>(): VecSet<K> {
    VecSet { contents: vector[] }
}

/// A set holding only `key`.
public fun singleton<K: copy + drop>(key: K): VecSet<K> {
    VecSet { contents: vector[key] }
}

/// Add `key` at the end. Aborts with `EKeyAlreadyExists` if it is already in the set.
public fun insert<K: copy + drop>(self: &mut VecSet<K>, key: K) {
    assert!(!self.contains(&key), EKeyAlreadyExists);
    self.contents.push_back(key)
}

/// Remove `key`. Aborts with `EKeyDoesNotExist` if it is not in the set.
public fun remove<K: copy + drop>(self: &mut VecSet<K>, key: &K) {
    let idx = get_idx(self, key);
    self.contents.remove(idx);
}

/// Whether `key` is in the set.
public fun contains<K: copy + drop>(self: &VecSet<K>, key: &K): bool {
    get_idx_opt(self, key).is_some()
}

/// The number of keys.
public fun length<K: copy + drop>(self: &VecSet<K>): u64 {
    self.contents.length()
}

/// Whether the set is empty.
public fun is_empty<K: copy + drop>(self: &VecSet<K>): bool {
    self.contents.is_empty()
}

/// The keys, in insertion order, consuming the set.
public fun into_keys<K: copy + drop>(self: VecSet<K>): vector<K> {
    let VecSet { contents } = self;
    contents
}

/// A set of `keys`, in order. Aborts with `EKeyAlreadyExists` if a key repeats.
public fun from_keys<K: copy + drop>(mut keys: vector<K>): VecSet<K> {
    keys.reverse();
    let mut set = empty();
    while (!keys.is_empty()) {
        set.insert(keys.pop_back());
    };
    set
}

/// A reference to the keys, in insertion order.
public fun keys<K: copy + drop>(self: &VecSet<K>): &vector<K> {
    &self.contents
}

/// The number of keys (same as `length`).
public fun size<K: copy + drop>(self: &VecSet<K>): u64 {
    self.contents.length()
}

/// The index of `key`, or none if it is not in the set.
fun get_idx_opt<K: copy + drop>(self: &VecSet<K>, key: &K): Option<u64> {
    let len = self.contents.length();
    let mut i = 0;
    while (i < len) {
        if (&self.contents[i] == key) {
            return option::some(i)
        };
        i = i + 1;
    };
    option::none()
}

/// The index of `key`. Aborts with `EKeyDoesNotExist` if it is not in the set.
fun get_idx<K: copy + drop>(self: &VecSet<K>, key: &K): u64 {
    let idx = get_idx_opt(self, key);
    assert!(idx.is_some(), EKeyDoesNotExist);
    idx.destroy_some()
}
