// Error: 'entry fun record' takes 'point: Point' by value, but 'Point' is neither a primitive, a vector, a string, 'ID' nor an object
module 0x42::entry_struct_by_value_non_object {
    public struct Point has copy, drop { x: u64, y: u64 }

    public struct Canvas has key { id: UID, last_x: u64, last_y: u64 }

    entry fun record(canvas: &mut Canvas, point: Point) {
        canvas.last_x = point.x;
        canvas.last_y = point.y;
    }
}
