// Error: 'transfer::transfer<Coin<SUI>>' in 'send' is called outside sui::coin, the module that defines 'Coin'; use transfer::public_transfer for foreign 'key + store' types
module 0x42::transfer_foreign_type {
    use sui::coin::Coin;
    use sui::sui::SUI;

    public fun send(c: Coin<SUI>, to: address) {
        transfer::transfer(c, to);
    }
}
