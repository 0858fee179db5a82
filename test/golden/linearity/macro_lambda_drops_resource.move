// Error: the lambda of `do!` ignores its `Thing` parameter, so the expansion drops each element.
module test::m;

public struct Thing has key, store { id: UID }

public fun drops(v: vector<Thing>) {
    v.do!(|_t| {});
}
