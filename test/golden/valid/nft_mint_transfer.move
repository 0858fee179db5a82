// Valid: a 'key + store' NFT: a composable mint that returns it, an entry wrapper that sends it to the sender, and a burn that deletes the UID
module 0x42::nft {
    use std::string::String;

    public struct Nft has key, store {
        id: UID,
        name: String,
        edition: u64,
    }

    public fun mint(name: String, edition: u64, ctx: &mut TxContext): Nft {
        Nft { id: object::new(ctx), name, edition }
    }

    entry fun mint_to_sender(name: String, edition: u64, ctx: &mut TxContext) {
        let nft = mint(name, edition, ctx);
        transfer::public_transfer(nft, ctx.sender());
    }

    public fun name(n: &Nft): &String { &n.name }

    public fun edition(n: &Nft): u64 { n.edition }

    public fun burn(n: Nft) {
        let Nft { id, name: _, edition: _ } = n;
        id.delete();
    }
}
