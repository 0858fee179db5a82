// Error: 'v.push_back(4)' in 'grow' mutably borrows 'v' while 'first' (a reference to 'v[0]') is still used afterwards
module 0x42::vector_push_while_element_borrowed {
    public fun grow(): u64 {
        let mut v = vector[1, 2, 3];
        let first = &v[0];
        v.push_back(4);
        *first + v.length()
    }
}
