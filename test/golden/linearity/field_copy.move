// Error: reading a field that lacks copy copies it.
module test::m {
    public struct Holder has key { id: UID }
    public fun steal(h: &Holder): UID { h.id }
}
