/// Sui object lifecycle: create, transfer, share, freeze and delete.
module deed_examples::sui_objects_transfer;

use std::string::String;

const ENotAuthor: u64 = 0;
const EAlreadyPublished: u64 = 1;

/// Owned object with `store`: anyone may `public_transfer` it.
public struct Poster has key, store {
    id: UID,
    title: String,
    author: address,
    published: bool,
}

/// Shared object: one per board, mutated by many.
public struct Board has key {
    id: UID,
    posters: vector<ID>,
    created_epoch: u64,
}

/// Immutable object once frozen.
public struct Rules has key {
    id: UID,
    text: String,
}

fun init(ctx: &mut TxContext) {
    let board = Board { id: object::new(ctx), posters: vector[], created_epoch: ctx.epoch() };
    transfer::share_object(board);
    let rules = Rules { id: object::new(ctx), text: b"be kind".to_string() };
    transfer::freeze_object(rules);
}

public fun create(title: String, ctx: &mut TxContext): Poster {
    Poster { id: object::new(ctx), title, author: tx_context::sender(ctx), published: false }
}

entry fun create_and_keep(title: String, ctx: &mut TxContext) {
    let poster = create(title, ctx);
    transfer::transfer(poster, ctx.sender());
}

public fun publish(board: &mut Board, poster: &mut Poster, ctx: &TxContext) {
    assert!(poster.author == ctx.sender(), ENotAuthor);
    assert!(!poster.published, EAlreadyPublished);
    poster.published = true;
    board.posters.push_back(object::id(poster));
}

public fun gift(poster: Poster, to: address) {
    transfer::public_transfer(poster, to);
}

public fun share_poster(poster: Poster) {
    transfer::public_share_object(poster);
}

public fun freeze_poster(poster: Poster) {
    transfer::public_freeze_object(poster);
}

public fun destroy(poster: Poster) {
    let Poster { id, title: _, author: _, published: _ } = poster;
    object::delete(id);
}

public fun poster_count(board: &Board): u64 { board.posters.length() }

public fun rules_text(rules: &Rules): &String { &rules.text }

public fun id_bytes(poster: &Poster): vector<u8> {
    object::id_to_bytes(&object::id(poster))
}

public fun poster_address(poster: &Poster): address {
    object::id_address(poster)
}
