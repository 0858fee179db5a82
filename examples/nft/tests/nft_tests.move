#[test_only]
module nft::nft_tests;

use nft::nft::{Self, DeedNFT, NFTMinted};
use sui::display::Display;
use sui::event;
use sui::package::Publisher;
use sui::test_scenario;

const CREATOR: address = @0xC0FFEE;
const ALICE: address = @0xA11CE;

#[test]
fun publish_sets_up_display() {
    let mut scenario = test_scenario::begin(CREATOR);
    nft::init_for_testing(scenario.ctx());

    scenario.next_tx(CREATOR);
    {
        let publisher = scenario.take_from_sender<Publisher>();
        assert!(publisher.from_module<DeedNFT>());
        scenario.return_to_sender(publisher);

        let display = scenario.take_from_sender<Display<DeedNFT>>();
        assert!(display.version() == 1);
        assert!(display.fields().size() == 4);
        scenario.return_to_sender(display);
    };
    scenario.end();
}

#[test]
fun mint_transfer_update_burn() {
    let mut scenario = test_scenario::begin(CREATOR);
    {
        let nft = nft::mint(b"Deed #1", b"The first one", b"https://example.com/1.png", scenario.ctx());
        assert!(*nft.name() == b"Deed #1".to_string());
        assert!(nft.creator() == CREATOR);
        let minted = event::events_by_type<NFTMinted>();
        assert!(minted.length() == 1);
        nft.transfer(ALICE, scenario.ctx());
    };

    // The mint and the transfer each emitted an event.
    let effects = scenario.next_tx(ALICE);
    assert!(effects.num_user_events() == 2);
    {
        let mut nft = scenario.take_from_sender<DeedNFT>();
        nft.update_description(b"Alice's now");
        assert!(*nft.description() == b"Alice's now".to_string());
        assert!(nft.url().inner_url().into_bytes() == b"https://example.com/1.png");
        scenario.return_to_sender(nft);
    };

    scenario.next_tx(ALICE);
    {
        let nft = scenario.take_from_sender<DeedNFT>();
        nft.burn();
    };

    let effects = scenario.next_tx(ALICE);
    assert!(effects.deleted().length() == 1);
    assert!(effects.num_user_events() == 1);
    assert!(!scenario.has_most_recent_for_sender<DeedNFT>());
    scenario.end();
}

#[test]
#[expected_failure(abort_code = nft::EEmptyName)]
fun name_is_required() {
    let mut scenario = test_scenario::begin(CREATOR);
    let nft = nft::mint(b"", b"nameless", b"https://example.com/0.png", scenario.ctx());
    nft.burn();
    scenario.end();
}
