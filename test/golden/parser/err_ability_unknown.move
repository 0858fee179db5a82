// Error: abilities are only `copy`, `drop`, `store` and `key`.
module 0x42::err_ability_unknown {
    public struct Thing has copy, clone { value: u64 }
}
