// Error: 'let inner = w.inner;' in 'peek' copies field 'inner' (type 'Secret', no 'copy') out of a reference
module 0x42::field_read_noncopy {
    public struct Secret has drop { code: u64 }

    public struct Wrapper has drop { inner: Secret }

    public fun wrap(code: u64): Wrapper { Wrapper { inner: Secret { code } } }

    public fun peek(w: &Wrapper): u64 {
        let inner = w.inner;
        inner.code
    }
}
