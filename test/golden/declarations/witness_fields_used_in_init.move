// Error: a struct with fields is an ordinary struct, until `init` takes it as its witness.
module test::wit_d {
    public struct WIT_D has drop {
        supply: u64,
        name: vector<u8>,
    }

    fun init(_otw: WIT_D, _ctx: &mut TxContext) {}
}
