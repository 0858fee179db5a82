module 0x42::constants {
    const FLAG: bool = true;
    const OFF: bool = false;
    const SMALL: u8 = 255;
    const HALF: u16 = 65535;
    const WORD: u32 = 4_294_967_295;
    const BIG: u64 = 18446744073709551615;
    const HUGE: u128 = 340282366920938463463374607431768211455;
    const GIANT: u256 = 115792089237316195423570985008687907853269984665640564039457584007913129639935;
    const OWNER: address = @0xA11CE;
    const FRAMEWORK: address = @sui;
    const NAME: vector<u8> = b"deed";
    const MAGIC: vector<u8> = x"deadbeef";
    const PRIMES: vector<u64> = vector[2, 3, 5, 7, 11];
    const ADMINS: vector<address> = vector[@0x1, @0x2];
    const NESTED: vector<vector<u8>> = vector[b"a", b"bc"];

    // Constant expressions built from literals, operators and other constants.
    const TWO_POW_32: u64 = 1 << 32;
    const MASK: u128 = (1 << 64) - 1;
    const SECONDS_PER_DAY: u64 = 60 * 60 * 24;
    const WEEK: u64 = SECONDS_PER_DAY * 7;
    const BOTH: bool = FLAG && !OFF;
    const BPS_MAX: u16 = 10_000u16;
    const SHIFTED: u8 = 0x0F << 4;
    const CAST: u64 = (SMALL as u64) + 1;
    const EITHER: bool = (WORD > 10) || OFF;

    #[error]
    const EBadInput: vector<u8> = b"The input was not accepted";

    public fun all(): (bool, u8, u16, u32, u64, u128, u256, address, vector<u8>) {
        (FLAG, SMALL, HALF, WORD, BIG, HUGE, GIANT, OWNER, NAME)
    }

    public fun derived(): vector<u64> {
        vector[TWO_POW_32, (MASK as u64), WEEK, (BPS_MAX as u64), (SHIFTED as u64), CAST]
    }

    public fun others(): (vector<u8>, vector<u64>, vector<address>, vector<vector<u8>>, address, bool, bool) {
        (MAGIC, PRIMES, ADMINS, NESTED, FRAMEWORK, BOTH, EITHER)
    }

    public fun check(x: u64) {
        assert!(x != 0, EBadInput);
    }
}
