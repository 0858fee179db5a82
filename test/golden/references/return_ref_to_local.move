// Error: 'biggest' returns '&best', a reference to its own local 'best', which dies when the function returns
module 0x42::return_ref_to_local {
    public fun biggest(v: &vector<u64>): &u64 {
        let mut best = 0;
        let mut i = 0;
        while (i < v.length()) {
            if (v[i] > best) best = v[i];
            i = i + 1;
        };
        &best
    }
}
