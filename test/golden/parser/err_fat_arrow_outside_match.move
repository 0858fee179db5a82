// Error: `=>` is only valid between a match pattern and its arm.
module 0x42::err_fat_arrow_outside_match {
    public fun choose(flag: bool): u64 {
        let x = flag => 1;
        x
    }
}
