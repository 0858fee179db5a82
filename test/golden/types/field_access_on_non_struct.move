// Error: field access 'amount.value' in 'read' on a value of type 'u64'; only structs have fields
module 0x42::field_access_on_non_struct {
    public fun read(amount: u64): u64 {
        amount.value
    }
}
