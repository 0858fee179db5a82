// The process the crash test kills: opens the LmdbStore in argv[2] and commits crash batches
// forever, from where the store left off. Prints `ready <k>` once open, so the parent knows when
// the commit loop starts.

import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { crashBatch } from './crash-batches.js';

const store = LmdbStore.open(process.argv[2]!);
let k = store.commitCount();
process.stdout.write(`ready ${k}\n`);
for (;;) store.commit(crashBatch(++k));
