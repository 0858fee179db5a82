// Error: 'let Envelope { payload: _, stamp } = e;' in 'open' discards the 'payload' field (type 'Letter', no 'drop') with '_'
module 0x42::unpack_field_to_wildcard {
    public struct Letter { words: u64 }

    public struct Envelope { payload: Letter, stamp: u64 }

    public fun seal(words: u64, stamp: u64): Envelope { Envelope { payload: Letter { words }, stamp } }

    public fun read(l: Letter): u64 {
        let Letter { words } = l;
        words
    }

    public fun open(e: Envelope): u64 {
        let Envelope { payload: _, stamp } = e;
        stamp
    }
}
