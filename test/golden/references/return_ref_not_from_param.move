// Error: 'pick' returns '&fallback', a reference to the by-value parameter 'fallback', not one derived from the reference parameter 'v'
module 0x42::return_ref_not_from_param {
    public fun pick(v: &vector<u64>, i: u64, fallback: u64): &u64 {
        if (i < v.length()) &v[i] else &fallback
    }
}
