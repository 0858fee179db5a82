// Error: a lambda's parameter list must be followed by a body expression.
module 0x42::err_lambda_without_body {
    public fun doubled(v: vector<u64>): vector<u64> {
        v.map!(|x|)
    }
}
