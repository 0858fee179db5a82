// Valid: constants of every allowed type (integers, bool, address, vector<u8>, vector<u64>) used in expressions
module 0x42::constants {
    const MAX_U8: u8 = 255;
    const ONE_SUI: u64 = 1_000_000_000;
    const BIG: u256 = 0x1_0000_0000_0000_0000;
    const ENABLED: bool = true;
    const TREASURY: address = @0xFEE;
    const PREFIX: vector<u8> = b"dx-";
    const TIERS: vector<u64> = vector[10, 100, 1000];

    public fun tier_of(amount: u64): u64 {
        let mut t = 0;
        while (t < TIERS.length() && amount >= TIERS[t]) t = t + 1;
        t
    }

    public fun mist(sui: u64): u64 { sui * ONE_SUI }

    public fun treasury(): address { TREASURY }

    public fun enabled(): bool { ENABLED }

    public fun tag(): vector<u8> { PREFIX }

    public fun saturate(x: u64): u8 { if (x > (MAX_U8 as u64)) MAX_U8 else (x as u8) }

    public fun above_big(x: u256): bool { x > BIG }
}
