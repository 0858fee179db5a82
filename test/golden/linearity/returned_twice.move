// Error: 'split' returns '(key, key)': the second 'key' uses the local after the first one moved it ('Key' has no 'copy')
module 0x42::returned_twice {
    public struct Key has store { code: u64 }

    public fun forge(code: u64): Key { Key { code } }

    public fun code(k: &Key): u64 { k.code }

    public fun split(key: Key): (Key, Key) {
        (key, key)
    }
}
