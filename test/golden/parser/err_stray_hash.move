// Error: `#` is only valid as the start of an attribute `#[...]`.
module 0x42::err_stray_hash {
    public fun pick(flag: bool): u64 {
        let n = # 5;
        if (flag) n else 0
    }
}
