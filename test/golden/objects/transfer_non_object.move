// Error: 'transfer::transfer' in 'send' requires 'T: key', but 'Memo' (copy, drop, store) is not an object
module 0x42::transfer_non_object {
    public struct Memo has copy, drop, store { text: vector<u8> }

    public fun send(text: vector<u8>, to: address) {
        transfer::transfer(Memo { text }, to);
    }
}
