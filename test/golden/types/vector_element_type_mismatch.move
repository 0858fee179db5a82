// Error: 'checksum' expects a 'vector<u64>' but 'digest' passes the 'vector<u8>' 'bytes'
module 0x42::vector_element_type_mismatch {
    public fun checksum(words: vector<u64>): u64 {
        words.fold!(0, |acc, w| acc ^ w)
    }

    public fun digest(bytes: vector<u8>): u64 {
        checksum(bytes)
    }
}
