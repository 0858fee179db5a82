// Error: vector<u8> where vector<u64> is expected.
module test::m {
    public fun f(): vector<u64> { let v: vector<u8> = vector[1, 2]; v }
}
