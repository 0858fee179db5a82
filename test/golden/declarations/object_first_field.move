// Error: objects whose first field is not `id: UID`.
module test::things {
    public struct Late has key {
        owner: address,
        id: UID,
    }

    public struct WrongType has key {
        id: ID,
    }

    public struct Bare has key {}

    public struct Tuple(UID) has key;

    public fun owner(l: &Late): address { l.owner }
}
