module 0x42::struct_generics_phantom {
    use sui::balance::Balance;

    /// Phantom parameter with constraints followed by a constrained ordinary one.
    public struct Tagged<phantom T: store + drop, U: copy> has copy, drop {
        value: U,
    }

    /// Phantom type used as a currency marker.
    public struct Pool<phantom A, phantom B> has key {
        id: UID,
        reserve_a: Balance<A>,
        reserve_b: Balance<B>,
    }

    public struct Box<T: store> has key, store {
        id: UID,
        inner: T,
    }

    public struct Both<K: copy + drop + store, V: store> has store {
        keys: vector<K>,
        values: vector<V>,
    }

    public struct Nothing<phantom T> has copy, drop, store {}

    public fun tag<T: store + drop, U: copy>(value: U): Tagged<T, U> {
        Tagged { value }
    }

    public fun value<T: store + drop, U: copy>(t: &Tagged<T, U>): U {
        t.value
    }

    public fun boxed<T: store>(inner: T, ctx: &mut TxContext): Box<T> {
        Box { id: object::new(ctx), inner }
    }

    public fun unbox<T: store>(b: Box<T>): T {
        let Box { id, inner } = b;
        object::delete(id);
        inner
    }

    public fun empty<K: copy + drop + store, V: store>(): Both<K, V> {
        Both { keys: vector[], values: vector[] }
    }

    public fun nothing<T>(): Nothing<T> { Nothing {} }

    public fun reserves<A, B>(p: &Pool<A, B>): (u64, u64) {
        (p.reserve_a.value(), p.reserve_b.value())
    }
}
