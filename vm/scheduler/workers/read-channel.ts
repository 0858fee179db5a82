// A synchronous object read from a worker to the main thread. The executor's StateView is
// synchronous, and a transaction may read objects nobody could ship ahead (a dynamic-field child
// of a declared parent, a package): the worker posts the request, then blocks on Atomics.wait
// until the main thread, which stays free to answer, writes the answer into the worker's
// SharedArrayBuffer and wakes it.
//
// Buffer layout: Int32 [0] state (0 idle, 1 answered), [1] byte length of the answer (-1: no such
// object), [2] 1 if the answer comes from the committed store (so an immutable answer may be
// cached for good); bytes from offset 12: the packed record. An object is at most MAX_OBJECT_BYTES, so one
// buffer of that size (plus slack for the packing) always holds the answer.

import { MAX_OBJECT_BYTES } from '../../objects/encoding.js';
import type { ObjectRecord } from '../../objects/object.js';
import { pack, unpack } from './protocol.js';

const HEADER = 12;
export const CHANNEL_BYTES = HEADER + MAX_OBJECT_BYTES + (64 << 10);

export function newChannel(): SharedArrayBuffer {
  return new SharedArrayBuffer(CHANNEL_BYTES);
}

/** Main thread: writes the answer and wakes the worker. */
export function answer(channel: SharedArrayBuffer, record: ObjectRecord | undefined, committed: boolean): void {
  const ctl = new Int32Array(channel, 0, 3);
  Atomics.store(ctl, 2, committed ? 1 : 0);
  if (record === undefined) Atomics.store(ctl, 1, -1);
  else {
    const bytes = pack(record);
    if (bytes.length > CHANNEL_BYTES - HEADER) throw new Error(`object ${record.id} is too large to ship (${bytes.length} bytes)`);
    new Uint8Array(channel, HEADER, bytes.length).set(bytes);
    Atomics.store(ctl, 1, bytes.length);
  }
  Atomics.store(ctl, 0, 1);
  Atomics.notify(ctl, 0);
}

/** Worker: waits for the answer to a request it has just posted. */
export function awaitAnswer(channel: SharedArrayBuffer): { record: ObjectRecord | undefined; committed: boolean } {
  const ctl = new Int32Array(channel, 0, 3);
  // The main thread answers from its event loop; a minute without an answer means it is gone.
  if (Atomics.wait(ctl, 0, 0, 60_000) === 'timed-out') throw new Error('the main thread did not answer an object read within 60 s');
  const n = Atomics.load(ctl, 1);
  const committed = Atomics.load(ctl, 2) === 1;
  Atomics.store(ctl, 0, 0);
  if (n < 0) return { record: undefined, committed };
  return { record: unpack<ObjectRecord>(new Uint8Array(channel, HEADER, n).slice()), committed };
}
