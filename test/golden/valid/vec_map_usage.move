// Valid: sui::vec_map::VecMap and sui::vec_set::VecSet as struct fields: insert, contains, get, get_mut, remove
module 0x42::roster {
    use sui::vec_map::{Self, VecMap};
    use sui::vec_set::{Self, VecSet};

    public struct Roster has drop {
        ages: VecMap<address, u8>,
        admins: VecSet<address>,
    }

    public fun new(): Roster {
        Roster { ages: vec_map::empty(), admins: vec_set::empty() }
    }

    public fun add(r: &mut Roster, who: address, age: u8, admin: bool) {
        r.ages.insert(who, age);
        if (admin) r.admins.insert(who);
    }

    public fun birthday(r: &mut Roster, who: address) {
        let age = r.ages.get_mut(&who);
        *age = *age + 1;
    }

    public fun age(r: &Roster, who: address): u8 {
        *r.ages.get(&who)
    }

    public fun remove(r: &mut Roster, who: address): u8 {
        if (r.admins.contains(&who)) r.admins.remove(&who);
        let (_, age) = r.ages.remove(&who);
        age
    }
}
