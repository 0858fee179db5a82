// Error: [warning] unused assignment 'result = 0;' in 'compute': the value is overwritten before it is ever read
module 0x42::unused_assignment {
    public fun compute(x: u64): u64 {
        let mut result;
        result = 0;
        result = x * 3;
        result
    }
}
