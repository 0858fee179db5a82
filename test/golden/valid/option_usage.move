// Valid: Option as a struct field: is_some, borrow, borrow_mut, fill, extract, swap, get_with_default and destroy_with_default
module 0x42::option_usage {
    public struct Slot has drop {
        value: Option<u64>,
    }

    public fun empty(): Slot {
        Slot { value: option::none() }
    }

    public fun set(s: &mut Slot, v: u64): Option<u64> {
        if (s.value.is_some()) option::some(s.value.swap(v))
        else {
            s.value.fill(v);
            option::none()
        }
    }

    public fun bump(s: &mut Slot) {
        if (s.value.is_some()) {
            let v = s.value.borrow_mut();
            *v = *v + 1;
        }
    }

    public fun read(s: &Slot): u64 {
        s.value.get_with_default(0)
    }

    public fun clear(s: &mut Slot): u64 {
        if (s.value.is_none()) return 0;
        s.value.extract()
    }

    public fun into_value(s: Slot, default: u64): u64 {
        let Slot { value } = s;
        value.destroy_with_default(default)
    }
}
