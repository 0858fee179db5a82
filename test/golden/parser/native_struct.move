/// Native structs declare a type whose layout is provided by the VM.
module 0x1::native_struct {
    public native struct Handle has copy, drop, store;

    public native struct Signer has drop;

    public native struct Secret<T> has store;

    public native struct Phantomish<phantom T: store> has copy, drop;

    native public fun handle(): Handle;

    native public fun duplicate(h: &Handle): Handle;

    native fun reveal<T: store>(s: &Secret<T>): u64;

    public fun pair(): (Handle, Handle) {
        let a = handle();
        let b = duplicate(&a);
        (a, b)
    }

    public fun peek<T: store>(s: &Secret<T>): u64 { reveal(s) }
}
