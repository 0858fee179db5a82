// Error: phantom type parameter 'T' of 'Queue' is used in the non-phantom position 'vector<T>' (field 'items')
module 0x42::phantom_param_in_vector_field {
    public struct Queue<phantom T> has drop {
        items: vector<T>,
    }

    public fun empty<T>(): Queue<T> { Queue { items: vector[] } }
}
