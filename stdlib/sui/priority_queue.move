/// A priority queue: a binary max-heap of values keyed by `u64` priorities, stored in a vector.
///
/// `pop_max` returns an entry of the highest priority; `insert` adds one. Both take O(log N).
module sui::priority_queue;

/// `pop_max` was called on an empty queue.
const EPopFromEmptyHeap: u64 = 0;

/// A max-heap of entries: the entry at index `i` has a priority no lower than the entries at
/// `2i + 1` and `2i + 2`.
public struct PriorityQueue<T: drop> has store, drop {
    entries: vector<Entry<T>>,
}

/// A value with its priority.
public struct Entry<T: drop> has store, drop {
    priority: u64,
    value: T,
}

/// A queue of `entries`, in any order.
public fun new<T: drop>(mut entries: vector<Entry<T>>): PriorityQueue<T> {
    let len = entries.length();
    // Heapify bottom-up: sift down every node that has children, the last one first.
    let mut i = len / 2;
    while (i > 0) {
        i = i - 1;
        sift_down(&mut entries, len, i);
    };
    PriorityQueue { entries }
}

/// Remove an entry of the highest priority and return its priority and value. Aborts with
/// `EPopFromEmptyHeap` if the queue is empty.
public fun pop_max<T: drop>(pq: &mut PriorityQueue<T>): (u64, T) {
    let len = pq.entries.length();
    assert!(len > 0, EPopFromEmptyHeap);
    // The last entry takes the place of the root, then sinks to where it belongs.
    let Entry { priority, value } = pq.entries.swap_remove(0);
    sift_down(&mut pq.entries, len - 1, 0);
    (priority, value)
}

/// Add `value` with `priority`.
public fun insert<T: drop>(pq: &mut PriorityQueue<T>, priority: u64, value: T) {
    pq.entries.push_back(Entry { priority, value });
    let last = pq.entries.length() - 1;
    sift_up(&mut pq.entries, last);
}

/// An entry of `value` with `priority`, for `new`.
public fun new_entry<T: drop>(priority: u64, value: T): Entry<T> {
    Entry { priority, value }
}

/// Entries pairing `p[i]` with `v[i]`, in order. Aborts if the vectors differ in length.
public fun create_entries<T: drop>(mut p: vector<u64>, mut v: vector<T>): vector<Entry<T>> {
    let len = p.length();
    assert!(v.length() == len, 0);
    p.reverse();
    v.reverse();
    let mut entries = vector[];
    let mut i = 0;
    while (i < len) {
        entries.push_back(Entry { priority: p.pop_back(), value: v.pop_back() });
        i = i + 1;
    };
    entries
}

/// The priorities of the entries, in the heap's internal order.
public fun priorities<T: drop>(pq: &PriorityQueue<T>): vector<u64> {
    let mut result = vector[];
    let len = pq.entries.length();
    let mut i = 0;
    while (i < len) {
        result.push_back(pq.entries[i].priority);
        i = i + 1;
    };
    result
}

/// Move the entry at `i` up while its parent has a lower priority.
fun sift_up<T: drop>(v: &mut vector<Entry<T>>, mut i: u64) {
    while (i > 0) {
        let parent = (i - 1) / 2;
        if (v[i].priority <= v[parent].priority) {
            break
        };
        v.swap(i, parent);
        i = parent;
    }
}

/// Move the entry at `i` down, among the first `len` entries, while a child has a higher
/// priority.
fun sift_down<T: drop>(v: &mut vector<Entry<T>>, len: u64, mut i: u64) {
    loop {
        let left = 2 * i + 1;
        let right = left + 1;
        let mut largest = i;
        if (left < len && v[left].priority > v[largest].priority) {
            largest = left;
        };
        if (right < len && v[right].priority > v[largest].priority) {
            largest = right;
        };
        if (largest == i) {
            break
        };
        v.swap(i, largest);
        i = largest;
    }
}
