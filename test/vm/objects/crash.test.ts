// Crash safety of LmdbStore: a child process commits batches in a loop (crash-batches.ts) and is
// killed with SIGKILL at random moments, mostly in the middle of a commit since that is where the
// loop spends its time. After every kill the store must open, and hold exactly the batches it
// counts: every batch whole or absent, the live set the one batch k implies, the state digest
// equal to the recount of the live objects, and the count never going back.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { stateDigestOf } from '../../../vm/objects/state-digest.js';
import { crashTx, expectedLive, fixedId, madeId } from './crash-batches.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ROUNDS = 16;
const dir = mkdtempSync(join(tmpdir(), 'deed-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the child, waits until its store is open, lets it commit for `ms`, then SIGKILLs it. */
function runAndKill(ms: number): Promise<{ startedAt: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let startedAt = -1;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ready (\d+)/.exec(out);
      if (m && startedAt < 0) {
        startedAt = Number(m[1]);
        setTimeout(() => child.kill('SIGKILL'), ms);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ startedAt, signal });
      else reject(new Error(`the child exited by itself (code ${code}): ${err}`));
    });
  });
}

function checkStore(): number {
  const store = LmdbStore.open(dir);
  try {
    const k = store.commitCount();
    const live = [...store.liveObjects()];
    expect(live).toEqual(expectedLive(k));
    expect(store.stateDigest()).toBe(stateDigestOf(live));
    if (k > 0) {
      expect(store.getTransaction(crashTx(k))).toBeDefined();
      expect(store.getObjectVersion(madeId(k), k)).toBeDefined();
    }
    // Nothing of batch k + 1 is there.
    expect(store.getTransaction(crashTx(k + 1))).toBeUndefined();
    expect(store.getObjectVersion(fixedId(0), k + 1)).toBeUndefined();
    expect(store.getObjectVersion(madeId(k + 1), k + 1)).toBeUndefined();
    return k;
  } finally {
    store.close();
  }
}

describe('LmdbStore crash safety', () => {
  it(`keeps every batch whole or absent across ${ROUNDS} SIGKILLs at random moments`, async () => {
    let last = checkStore();
    const counts: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { startedAt } = await runAndKill(20 + Math.floor(Math.random() * 250));
      expect(startedAt).toBe(last);
      const k = checkStore();
      expect(k).toBeGreaterThanOrEqual(last);
      counts.push(k - last);
      last = k;
    }
    // The child made progress, so the kills landed in a commit loop rather than before it.
    expect(last).toBeGreaterThan(ROUNDS);
    console.log(`crash test: ${ROUNDS} kills, ${last} batches committed (per round: ${counts.join(', ')})`);
  }, 60_000);
});
