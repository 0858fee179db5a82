// The signature-check task, the same wherever it runs (a worker thread, or the main thread when the
// workers have no room): transactions' canonical bytes, senders and signatures in; per item its
// digest and, when the signature is refused, the reason.

import { verifySignatureOver } from '../../execution/signature.js';
import { digestOfBytes } from '../../execution/transaction.js';
import type { VerifyItem, VerifyResult } from './protocol.js';

export function verifyItems(items: readonly VerifyItem[]): VerifyResult[] {
  return items.map((it) => {
    const d = digestOfBytes(it.bytes);
    const check = verifySignatureOver(d.bytes, it.signature, it.sender);
    return check.ok ? { index: it.index, digest: d.bytes, digestText: d.text } : { index: it.index, digest: d.bytes, digestText: d.text, reason: check.reason };
  });
}
