// Error: object 'Card' has 'key' but its first field is 'owner', not 'id: UID' (the 'id' field comes second)
module 0x42::key_first_field_not_id {
    public struct Card has key {
        owner: address,
        id: UID,
    }

    public fun owner(c: &Card): address { c.owner }
}
