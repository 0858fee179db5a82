// Error: in 'update', 'a.v = 0' writes 'a' while 'r' (returned by 'pick', which may borrow from 'a' or 'b') is still used afterwards
module 0x42::use_param_while_returned_borrow_live {
    public struct Cell has drop { v: u64 }

    public fun new(v: u64): Cell { Cell { v } }

    public fun pick(a: &mut Cell, b: &mut Cell, left: bool): &mut u64 {
        if (left) &mut a.v else &mut b.v
    }

    public fun update(a: &mut Cell, b: &mut Cell): u64 {
        let r = pick(a, b, true);
        a.v = 0;
        *r = 5;
        b.v
    }
}
