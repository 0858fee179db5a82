// Error: positional struct 'Rgb' has three fields but 'Rgb(255, 0)' in 'red' supplies two
module 0x42::positional_pack_wrong_arity {
    public struct Rgb(u8, u8, u8) has copy, drop;

    public fun red(): Rgb {
        Rgb(255, 0)
    }

    public fun parts(c: &Rgb): (u8, u8, u8) { (c.0, c.1, c.2) }
}
