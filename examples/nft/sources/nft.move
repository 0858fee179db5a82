/// Collectible NFTs: mint, transfer, update, burn, with events and a `Display`.
///
/// Publishing runs `init` with the module's one-time witness, which claims the package's
/// `Publisher` and sets up a `Display<DeedNFT>` telling wallets and explorers how to show
/// the objects. Anyone may mint; every mint, transfer and burn emits an event.
module nft::nft;

use std::string::{Self, String};
use sui::display;
use sui::event;
use sui::package;
use sui::url::{Self, Url};

// === Errors ===

const EEmptyName: u64 = 0;

/// The one-time witness: the module name in upper case, `drop` only, no fields.
public struct NFT has drop {}

/// An NFT anyone can mint.
public struct DeedNFT has key, store {
    id: UID,
    name: String,
    description: String,
    url: Url,
    creator: address,
}

// === Events ===

public struct NFTMinted has copy, drop {
    object_id: ID,
    creator: address,
    name: String,
}

public struct NFTTransferred has copy, drop {
    object_id: ID,
    from: address,
    to: address,
}

public struct NFTBurned has copy, drop {
    object_id: ID,
}

fun init(otw: NFT, ctx: &mut TxContext) {
    let publisher = package::claim(otw, ctx);
    let mut display = display::new_with_fields<DeedNFT>(
        &publisher,
        vector[
            b"name".to_string(),
            b"description".to_string(),
            b"image_url".to_string(),
            b"creator".to_string(),
        ],
        vector[
            b"{name}".to_string(),
            b"{description}".to_string(),
            b"{url}".to_string(),
            b"{creator}".to_string(),
        ],
        ctx,
    );
    display.update_version();
    transfer::public_transfer(publisher, ctx.sender());
    transfer::public_transfer(display, ctx.sender());
}

// === Minting ===

/// Mint an NFT; the caller decides where it goes.
public fun mint(
    name: vector<u8>,
    description: vector<u8>,
    url: vector<u8>,
    ctx: &mut TxContext,
): DeedNFT {
    assert!(!name.is_empty(), EEmptyName);
    let nft = DeedNFT {
        id: object::new(ctx),
        name: string::utf8(name),
        description: string::utf8(description),
        url: url::new_unsafe_from_bytes(url),
        creator: ctx.sender(),
    };
    event::emit(NFTMinted { object_id: object::id(&nft), creator: ctx.sender(), name: nft.name });
    nft
}

/// Mint an NFT and keep it.
#[allow(lint(self_transfer))]
entry fun mint_to_sender(
    name: vector<u8>,
    description: vector<u8>,
    url: vector<u8>,
    ctx: &mut TxContext,
) {
    let nft = mint(name, description, url, ctx);
    transfer::public_transfer(nft, ctx.sender());
}

// === Using an NFT ===

/// Send `nft` to `recipient`, recording the transfer in an event.
public fun transfer(nft: DeedNFT, recipient: address, ctx: &TxContext) {
    event::emit(NFTTransferred { object_id: object::id(&nft), from: ctx.sender(), to: recipient });
    transfer::public_transfer(nft, recipient);
}

/// Change the description.
public fun update_description(nft: &mut DeedNFT, description: vector<u8>) {
    nft.description = string::utf8(description);
}

/// Destroy `nft` for good.
public fun burn(nft: DeedNFT) {
    let DeedNFT { id, name: _, description: _, url: _, creator: _ } = nft;
    event::emit(NFTBurned { object_id: id.to_inner() });
    id.delete();
}

// === Views ===

public fun name(nft: &DeedNFT): &String { &nft.name }

public fun description(nft: &DeedNFT): &String { &nft.description }

public fun url(nft: &DeedNFT): &Url { &nft.url }

public fun creator(nft: &DeedNFT): address { nft.creator }

#[test_only]
/// Tests cannot publish, so they call `init` through this helper.
public fun init_for_testing(ctx: &mut TxContext) {
    init(NFT {}, ctx);
}
