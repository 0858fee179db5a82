// Error: incompatible types in the branches of 'if' in 'pick': the then-branch is an integer, the else-branch is 'bool'
module 0x42::if_branches_differ {
    public fun pick(flag: bool): u64 {
        let r = if (flag) 1 else false;
        r
    }
}
