module 0x7::shapes {
    public struct Square has copy, drop { side: u64 }

    public fun square(side: u64): Square { Square { side } }

    public fun area(s: &Square): u64 { s.side * s.side }
}

module 0x7::geometry {
    use 0x7::shapes::{Self, Square};

    public fun total_area(items: &vector<Square>): u64 {
        let mut i = 0;
        let mut sum = 0;
        while (i < items.length()) {
            sum = sum + shapes::area(&items[i]);
            i = i + 1;
        };
        sum
    }
}

#[test_only]
module 0x7::geometry_tests {
    use 0x7::shapes;
    use 0x7::geometry;

    #[test]
    fun sums_areas() {
        let v = vector[shapes::square(2), shapes::square(3)];
        assert!(geometry::total_area(&v) == 13, 0);
    }
}
