// Error: 'let Crate { label, .. } = c;' in 'label' discards the remaining field 'goods' (type 'Goods', no 'drop') through '..'
module 0x42::unpack_rest_drops_nondrop {
    public struct Goods { units: u64 }

    public struct Crate { label: u64, goods: Goods }

    public fun pack(label: u64, units: u64): Crate { Crate { label, goods: Goods { units } } }

    public fun unload(g: Goods): u64 {
        let Goods { units } = g;
        units
    }

    public fun label(c: Crate): u64 {
        let Crate { label, .. } = c;
        label
    }
}
