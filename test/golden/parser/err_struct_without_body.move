// Error: a non-native struct needs a field list; `;` alone is only for native structs.
module 0x42::err_struct_without_body {
    public struct Token has drop;

    public fun nothing() {}
}
