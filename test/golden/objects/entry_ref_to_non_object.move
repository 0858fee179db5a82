// Error: 'entry fun apply' takes 'rules: &Rules', but 'Rules' is not an object ('copy, drop', no 'key'); entry parameters may only reference objects
module 0x42::entry_ref_to_non_object {
    public struct Rules has copy, drop { limit: u64 }

    public struct Meter has key { id: UID, used: u64 }

    public fun rules(limit: u64): Rules { Rules { limit } }

    entry fun apply(meter: &mut Meter, rules: &Rules) {
        if (meter.used < rules.limit) meter.used = meter.used + 1;
    }
}
