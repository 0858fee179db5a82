// Valid: dynamic fields with a struct key: add, exists_, borrow, borrow_mut and remove on an object's UID
module 0x42::profile {
    use std::string::String;
    use sui::dynamic_field as df;

    public struct Profile has key {
        id: UID,
        handle: String,
    }

    public struct AttrKey has copy, drop, store { name: vector<u8> }

    public fun create(handle: String, ctx: &mut TxContext): Profile {
        Profile { id: object::new(ctx), handle }
    }

    public fun handle(p: &Profile): &String { &p.handle }

    public fun set(p: &mut Profile, name: vector<u8>, value: u64) {
        let key = AttrKey { name };
        if (df::exists_(&p.id, key)) {
            *df::borrow_mut(&mut p.id, key) = value;
        } else {
            df::add(&mut p.id, key, value);
        }
    }

    public fun get(p: &Profile, name: vector<u8>): u64 {
        *df::borrow(&p.id, AttrKey { name })
    }

    public fun unset(p: &mut Profile, name: vector<u8>): u64 {
        df::remove(&mut p.id, AttrKey { name })
    }
}
