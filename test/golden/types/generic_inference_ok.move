// Valid: type arguments and literal types inferred.
module test::m {
    fun first<T: copy>(v: &vector<T>): T { v[0] }
    public fun f(): u8 {
        let v = vector[1, 2, 3];
        let x: u8 = first(&v);
        let mut w = vector::empty();
        w.push_back(x);
        w[0] + (w.length() as u8)
    }
}
