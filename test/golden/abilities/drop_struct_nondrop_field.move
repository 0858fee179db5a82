// Error: struct 'Bundle' declares 'drop' but its field 'payment' has type 'Balance<SUI>', which lacks 'drop'
module 0x42::drop_struct_nondrop_field {
    use sui::balance::Balance;
    use sui::sui::SUI;

    public struct Bundle has drop {
        payment: Balance<SUI>,
        note: vector<u8>,
    }

    public fun wrap(payment: Balance<SUI>, note: vector<u8>): Bundle {
        Bundle { payment, note }
    }

    public fun amount(b: &Bundle): u64 { b.payment.value() + b.note.length() }
}
