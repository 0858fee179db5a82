// Error: object 'Ticket' has 'key' and a first field named 'id', but its type is 'ID' instead of 'sui::object::UID'
module 0x42::key_id_wrong_type {
    public struct Ticket has key {
        id: ID,
        seat: u64,
    }

    public fun seat(t: &Ticket): u64 { t.seat }
}
