// The signature-check task, the same wherever it runs (a worker thread, or the main thread when the
// workers have no room): verify items in, one verdict per item out (a reason when it fails).

import { verifyTransactionSignature } from '../../execution/signature.js';
import type { VerifyItem } from './protocol.js';

export function verifyItems(items: readonly VerifyItem[]): Array<{ index: number; reason?: string }> {
  return items.map((it) => {
    const check = verifyTransactionSignature({ data: it.data, signature: it.signature }, { bytes: it.digest, text: '' });
    return check.ok ? { index: it.index } : { index: it.index, reason: check.reason };
  });
}
