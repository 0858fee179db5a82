// Error: '!' in 'flip' is applied to a 'u8'; logical not needs a 'bool' (Move has no bitwise-not operator)
module 0x42::not_on_integer {
    public fun flip(x: u8): u8 {
        !x
    }
}
