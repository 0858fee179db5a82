// Valid: redeclaring a local with 'let' shadows the earlier binding (also with a different type and inside blocks); only duplicate parameters are errors
module 0x42::shadowing_locals_ok {
    public fun normalise(raw: u64): u8 {
        let x = raw % 400;
        let x = x / 4;
        let x = (x as u8);
        let y = {
            let x = x / 2;
            x + 1
        };
        x + y
    }

    public fun rebind_param(limit: u64): u64 {
        let limit = if (limit > 100) 100 else limit;
        limit * 2
    }
}
