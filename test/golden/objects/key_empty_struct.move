// Error: object 'Marker' has 'key' but no fields; a 'key' struct needs 'id: UID' as its first field
module 0x42::key_empty_struct {
    public struct Marker has key {}
}
