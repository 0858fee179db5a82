// Error: local 'owner' in 'init_owner' is annotated 'address' but initialised with the 'u64' value 'id'
module 0x42::let_annotation_mismatch {
    public fun init_owner(id: u64): address {
        let owner: address = id;
        owner
    }
}
