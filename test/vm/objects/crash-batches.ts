// The batches of the crash test, shared by the child that commits them and the parent that checks
// what survived: batch k rewrites FIXED objects at version k (contents [k, i]), creates one object
// made(k) and deletes made(k - 1), in one transaction tx(k). So after k whole batches the live set
// is exactly FIXED objects at version k plus made(k), all computable from k alone.

import { withDigest } from '../../../vm/objects/encoding.js';
import { normalizeAddress, type ObjectRecord } from '../../../vm/objects/object.js';
import type { CommitBatch } from '../../../vm/objects/store.js';
import { addr, txDigest } from './fixtures.js';

export const FIXED = 50;
export const fixedId = (i: number): string => normalizeAddress((0x10000 + i).toString(16));
export const madeId = (k: number): string => normalizeAddress((0x2000000 + k).toString(16));
export const crashTx = (k: number): string => txDigest(`crash ${k}`);

function obj(id: string, k: number, i: number): ObjectRecord {
  return withDigest({
    id,
    version: k,
    owner: { AddressOwner: addr(1 + (i % 3)) },
    data: { kind: 'move', type: '0x0000000000000000000000000000000000000000000000000000000000000042::crash::Thing', hasPublicTransfer: true, contents: [[[id]], k, i] },
    previousTransaction: crashTx(k),
    storageRebate: k,
  });
}

/** The live set after k whole batches, in id order. */
export function expectedLive(k: number): ObjectRecord[] {
  if (k === 0) return [];
  const out = Array.from({ length: FIXED }, (_, i) => obj(fixedId(i), k, i));
  out.push(obj(madeId(k), k, -1 >>> 0));
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function crashBatch(k: number): CommitBatch {
  return {
    transactions: [{ digest: crashTx(k), transaction: Uint8Array.of(k & 0xff), effects: Uint8Array.of(1) }],
    written: expectedLive(k),
    removed: k > 1 ? [{ id: madeId(k - 1), version: k }] : [],
  };
}
