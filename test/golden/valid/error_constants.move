// Valid: '#[error]' constants with byte-string messages (clever errors) used as 'assert!' codes and with 'abort'
module 0x42::guarded {
    #[error]
    const ENotOwner: vector<u8> = b"Only the owner may do this";

    #[error]
    const EEmpty: vector<u8> = b"The jar is empty";

    public struct Jar has key {
        id: UID,
        owner: address,
        cookies: u64,
    }

    public fun create(ctx: &mut TxContext): Jar {
        Jar { id: object::new(ctx), owner: ctx.sender(), cookies: 10 }
    }

    public fun take(jar: &mut Jar, ctx: &TxContext): u64 {
        assert!(jar.owner == ctx.sender(), ENotOwner);
        if (jar.cookies == 0) abort EEmpty;
        jar.cookies = jar.cookies - 1;
        jar.cookies
    }
}
