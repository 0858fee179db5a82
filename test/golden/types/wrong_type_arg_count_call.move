// Error: wrong number of type arguments in 'wrap<u64, bool>(5)' in 'run': 'wrap' has one type parameter
module 0x42::wrong_type_arg_count_call {
    public struct Box<T> has drop { v: T }

    public fun wrap<T>(v: T): Box<T> { Box { v } }

    public fun unwrap<T>(b: Box<T>): T {
        let Box { v } = b;
        v
    }

    public fun run(): u64 {
        unwrap(wrap<u64, bool>(5))
    }
}
