/// Debugging output: printing any value and the current call stack. Both are natives that only
/// print when running tests or scripts locally; on chain they do nothing.
module std::debug;

/// Prints `x`.
public native fun print<T>(x: &T);

/// Prints the call stack of the running transaction or test.
public native fun print_stack_trace();
