// Valid: '#[allow(unused_const)]', '#[allow(unused_function)]' and '#[allow(unused_variable)]' silence the corresponding warnings
module 0x42::allow_attributes_ok {
    #[allow(unused_const)]
    const EReserved: u64 = 99;

    #[allow(unused_function)]
    fun reserved_helper(): u64 { 0 }

    #[allow(unused_variable)]
    public fun identity(x: u64, note: vector<u8>): u64 {
        x
    }
}
