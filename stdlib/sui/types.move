/// Checks on types that Move code cannot express itself.
module sui::types;

/// Whether `T` is a one-time witness: a struct defined in a module, named after that module in
/// upper case, with only the `drop` ability and no fields (or a single `bool` field). Its only
/// value is the one the runtime passes to the module's `init` at publish.
public native fun is_one_time_witness<T: drop>(_: &T): bool;
