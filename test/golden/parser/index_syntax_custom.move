/// A custom map type indexable with `m[k]` through `#[syntax(index)]` functions.
module 0x42::index_syntax_custom {
    const EKeyNotFound: u64 = 1;

    public struct Map<K: copy + drop, V> has copy, drop {
        keys: vector<K>,
        values: vector<V>,
    }

    public fun empty<K: copy + drop, V>(): Map<K, V> {
        Map { keys: vector[], values: vector[] }
    }

    public fun insert<K: copy + drop, V>(self: &mut Map<K, V>, k: K, v: V) {
        self.keys.push_back(k);
        self.values.push_back(v);
    }

    fun find<K: copy + drop, V>(self: &Map<K, V>, k: &K): u64 {
        let (ok, i) = self.keys.index_of(k);
        assert!(ok, EKeyNotFound);
        i
    }

    #[syntax(index)]
    public fun borrow<K: copy + drop, V>(self: &Map<K, V>, k: K): &V {
        let i = self.find(&k);
        &self.values[i]
    }

    #[syntax(index)]
    public fun borrow_mut<K: copy + drop, V>(self: &mut Map<K, V>, k: K): &mut V {
        let i = self.find(&k);
        &mut self.values[i]
    }

    public fun demo(): u64 {
        let mut m = empty<address, u64>();
        m.insert(@0x1, 10);
        m.insert(@0x2, 20);
        let a = m[@0x1];
        m[@0x2] = m[@0x2] + a;
        let rm = &mut m[@0x1];
        *rm = 0;
        let r = &m[@0x2];
        *r
    }

    public fun nested(m: &Map<u8, vector<u64>>): u64 {
        m[1][0] + m[2].length()
    }
}
