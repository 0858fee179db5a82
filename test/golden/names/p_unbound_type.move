// Error: unbound type 'Widget' in the parameter of 'weight'; no struct or enum of that name is declared or imported
module 0x42::unbound_type {
    public struct Gadget has drop { grams: u64 }

    public fun weight(w: &Widget): u64 {
        w.grams
    }
}
