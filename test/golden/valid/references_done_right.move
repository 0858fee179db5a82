// Valid: references returned from reference parameters, '&mut' into a vector element, re-borrowing, and choosing between two reference parameters
module 0x42::references_done_right {
    public struct Inventory has drop {
        counts: vector<u64>,
        label: vector<u8>,
    }

    public fun new(label: vector<u8>): Inventory {
        Inventory { counts: vector[0, 0, 0], label }
    }

    public fun label(inv: &Inventory): &vector<u8> {
        &inv.label
    }

    public fun count_mut(inv: &mut Inventory, slot: u64): &mut u64 {
        &mut inv.counts[slot]
    }

    public fun add(inv: &mut Inventory, slot: u64, n: u64) {
        let c = count_mut(inv, slot);
        *c = *c + n;
    }

    public fun fuller(a: &Inventory, b: &Inventory, slot: u64): &Inventory {
        if (a.counts[slot] >= b.counts[slot]) a else b
    }

    public fun total(inv: &Inventory): u64 {
        let counts = &inv.counts;
        let mut sum = 0;
        let mut i = 0;
        while (i < counts.length()) {
            sum = sum + counts[i];
            i = i + 1;
        };
        sum
    }
}
