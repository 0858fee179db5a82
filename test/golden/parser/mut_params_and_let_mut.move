module 0x42::mut_params_and_let_mut {
    public struct Buffer has drop { data: vector<u8> }

    /// A by-value parameter declared `mut` can be reassigned and borrowed mutably.
    public fun countdown(mut n: u64): u64 {
        let mut steps = 0;
        while (n > 0) {
            n = n - 1;
            steps = steps + 1;
        };
        steps
    }

    public fun append(mut b: Buffer, byte: u8): Buffer {
        b.data.push_back(byte);
        b
    }

    public fun reverse(mut v: vector<u64>): vector<u64> {
        v.reverse();
        v
    }

    public fun several(mut a: u64, b: u64, mut c: bool): (u64, bool) {
        a = a + b;
        c = !c;
        (a, c)
    }

    public fun lets(): u64 {
        let x = 1;
        let mut y = 2;
        let mut z: u64 = 3;
        let (mut p, q) = (4, 5);
        let w: u64;
        w = 6;
        y = y + x;
        z = z * y;
        p = p + q;
        let mut late;
        late = z + p + w;
        late = late + 1;
        late
    }

    public fun mut_borrow_local(): vector<u8> {
        let mut v = vector[1u8, 2, 3];
        let r = &mut v;
        r.push_back(4);
        v
    }

    public fun mut_in_unpack(b: Buffer): vector<u8> {
        let Buffer { mut data } = b;
        data.push_back(0);
        data
    }
}
