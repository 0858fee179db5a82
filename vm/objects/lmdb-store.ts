// LmdbStore: the embedded, persistent ObjectStore (the CLI's `.deed/`, `--store DIR`, DEED_STORE).
// A directory in; the same answers as MemoryStore out (both apply commit-plan.ts's plan and fold
// state-digest.ts's digest), kept across processes. Anything wrong with the directory or its
// contents is a StoreError with a message to print.
//
// Layout: one LMDB environment (data.mdb, lock.mdb) in the directory, with named databases, all
// with binary keys and values so the bytes on disk are ours and deterministic:
//
//   objects   id[32] || u64_be(version)  -> canonical object encoding (encoding.ts),
//                                           or one nil byte (0xc0): removed at that version
//   live      id[32]                     -> u64_be(version) || digest[32] || owner[32]?
//                                           (owner present for AddressOwner objects)
//   owners    owner[32] || id[32]        -> u64_be(version)        (live AddressOwner objects)
//   txs       digest[32]                 -> msgpack [transaction bytes, effects bytes]
//   locks     id[32] || u64_be(version)  -> digest[32] of the holding transaction
//   meta      'schema' -> u32_be(SCHEMA_VERSION), 'accumulator' -> 32 bytes (state-digest.ts),
//             'commits' -> u64_be(number of committed batches),
//             'deferred' -> msgpack [[digest[32], deferrals], ...] (CommitBatch.deferred; absent
//             when empty, so stores written before it existed read as having none)
//
// Big-endian versions make an object's entries sort by version, so its latest entry is one
// reverse cursor step away.
//
// Durability: `commit` (and `lock`, `lockAll`) is one synchronous LMDB write transaction
// (transactionSync). LMDB never overwrites live pages (copy-on-write B-trees) and switches to the
// new root in a meta page written after the data: a process killed at any point leaves the
// previous or the new root, so a batch is there whole or not at all. The environment is opened
// with noSync, noMetaSync, useWritemap and overlappingSync all off: each commit fsyncs its data
// and then its meta page before transactionSync returns, so a commit that returned survives even
// an OS crash or power loss (overlappingSync, lmdb-js's default on Linux, would return before the
// flush and could lose the last commits on power loss, though never consistency).

import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { open, type Database, type RootDatabase } from 'lmdb';
import { Packr } from 'msgpackr';
import { decodeObject, digestFromBytes, encodedDigest, tryDigestBytes } from './encoding.js';
import { bytesToHex, hexToBytes, tryNormalizeAddress as queryId, type Address, type Digest, type ObjectId, type ObjectRecord } from './object.js';
import { planCommit, type LiveEntry, type PlanView } from './commit-plan.js';
import { digestOfAccumulator } from './state-digest.js';
import type { CommitBatch, DeferredTransaction, ObjectHead, ObjectStore, StoredTransaction } from './store.js';
import { StoreError } from './store-error.js';

export const SCHEMA_VERSION = 1;

/** The byte that marks a removal in `objects`: MessagePack nil, which no object encoding is. */
const TOMBSTONE = Uint8Array.of(0xc0);
const packr = new Packr({ useRecords: false, useBigIntExtension: true, int64AsType: 'bigint' });

type Db = Database<Buffer | Uint8Array, Uint8Array>;

// Versions and counters are safe integers (below 2^53), so two 32-bit halves hold them exactly
// without a BigInt per key.
function u64be(n: number): Uint8Array {
  const b = new Uint8Array(8);
  const v = new DataView(b.buffer);
  v.setUint32(0, Math.floor(n / 2 ** 32), false);
  v.setUint32(4, n >>> 0, false);
  return b;
}

function readU64be(b: Uint8Array, at = 0): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const hi = v.getUint32(at, false);
  if (hi >= 2 ** 21) return Number(v.getBigUint64(at, false));
  return hi * 2 ** 32 + v.getUint32(at + 4, false);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const p of parts) {
    out.set(p, n);
    n += p.length;
  }
  return out;
}

const versionKey = (id: ObjectId, version: number): Uint8Array => concat(hexToBytes(id), u64be(version));

/** `digest`: the digest's bytes when at hand (the tail of the record's encoding), saving a base58 decode. */
function encodeLive(e: LiveEntry, digest?: Uint8Array): Uint8Array {
  const parts = [u64be(e.version), digest ?? tryDigestBytes(e.digest)!];
  if (e.owner !== undefined) parts.push(hexToBytes(e.owner));
  return concat(...parts);
}

function decodeLive(b: Uint8Array): LiveEntry {
  if (b.length !== 40 && b.length !== 72) throw new StoreError('the live index holds an entry of the wrong size');
  const raw = b.subarray(8, 40);
  let digest: string | undefined;
  return {
    version: readU64be(b),
    // Text on demand: a commit that has the state leaf already never needs it.
    get digest(): string {
      return (digest ??= digestFromBytes(raw));
    },
    owner: b.length === 72 ? bytesToHex(b.subarray(40, 72)) : undefined,
  };
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

// LMDB's meta pages, as this build (lmdb-js 3, LMDB 0.9 format 2) writes them: pages 0 and 1 each
// hold a 24-byte page header and then MDB_meta: magic, format version, ..., and the page size (the
// free-list DB's md_pad). lmdb-js crashes the process (SIGSEGV) on a data.mdb that is not LMDB, so
// the header is checked here first.
const MDB_MAGIC = 0xbeefc0de;
const MDB_DATA_VERSION = 2;
const META_OFFSET = 24;

/** Why `data.mdb` in `dir` is not an LMDB data file, or undefined if it looks like one (or is absent). */
function badDataFile(dir: string): string | undefined {
  const path = join(dir, 'data.mdb');
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st || st.size === 0) return undefined;
  if (!st.isFile()) return 'data.mdb is not a file';
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(META_OFFSET + 32);
    const meta = (at: number): { magic: number; version: number; pageSize: number } | undefined => {
      if (readSync(fd, head, 0, head.length, at) !== head.length) return undefined;
      return { magic: head.readUInt32LE(META_OFFSET), version: head.readUInt32LE(META_OFFSET + 4), pageSize: head.readUInt32LE(META_OFFSET + 24) };
    };
    const first = meta(0);
    if (!first || first.magic !== MDB_MAGIC) return 'data.mdb is not an LMDB data file';
    if (first.version !== MDB_DATA_VERSION) return `data.mdb has LMDB format ${first.version}; this build reads format ${MDB_DATA_VERSION}`;
    const ps = first.pageSize;
    if (ps < 512 || ps > 65536 || (ps & (ps - 1)) !== 0 || st.size < 2 * ps) return 'data.mdb is truncated or damaged';
    const second = meta(ps);
    if (!second || second.magic !== MDB_MAGIC || second.version !== MDB_DATA_VERSION) return 'data.mdb is damaged (its second meta page is not LMDB)';
    return undefined;
  } finally {
    closeSync(fd);
  }
}

export interface LmdbStoreOptions {
  /** Open without writing (commits and locks then fail). */
  readOnly?: boolean;
}

export class LmdbStore implements ObjectStore {
  private readonly root: RootDatabase;
  private readonly objects: Db;
  private readonly live: Db;
  private readonly owners: Db;
  private readonly txs: Db;
  private readonly locks: Db;
  private readonly meta: Database<Buffer | Uint8Array, string>;
  private closed = false;

  /** Opens (creating if needed) the store in `dir`; throws StoreError with a printable message. */
  static open(dir: string, options: LmdbStoreOptions = {}): LmdbStore {
    return new LmdbStore(resolve(dir), options);
  }

  private constructor(
    readonly dir: string,
    options: LmdbStoreOptions,
  ) {
    try {
      const st = statSync(dir, { throwIfNoEntry: false });
      if (st && !st.isDirectory()) throw new StoreError(`cannot open the store at ${dir}: it is a file, not a directory`);
      if (!st) {
        if (options.readOnly) throw new StoreError(`cannot open the store at ${dir}: there is no such directory`);
        mkdirSync(dir, { recursive: true });
      }
      const bad = badDataFile(dir);
      if (bad) throw new StoreError(`cannot open the store at ${dir}: ${bad}`);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open the store at ${dir}: ${reason(e)}`, e);
    }
    try {
      this.root = open({
        path: dir,
        // `.deed` looks like a file name with an extension; the store is always a directory.
        noSubdir: false,
        maxDbs: 8,
        encoding: 'binary',
        keyEncoding: 'binary',
        readOnly: options.readOnly ?? false,
        // Durability (see the top of the file): spelled out so a changed default cannot weaken it.
        noSync: false,
        noMetaSync: false,
        useWritemap: false,
        overlappingSync: false,
        cache: false,
        compression: false,
      });
      const sub = (name: string): Db => this.root.openDB<Buffer | Uint8Array, Uint8Array>({ name, encoding: 'binary', keyEncoding: 'binary', cache: false, compression: false });
      this.objects = sub('objects');
      this.live = sub('live');
      this.owners = sub('owners');
      this.txs = sub('txs');
      this.locks = sub('locks');
      this.meta = this.root.openDB<Buffer | Uint8Array, string>({ name: 'meta', encoding: 'binary', keyEncoding: 'ordered-binary', cache: false, compression: false });
    } catch (e) {
      throw new StoreError(`cannot open the store at ${dir}: ${reason(e)} (is it a Deed store directory?)`, e);
    }
    try {
      this.checkSchema(options.readOnly ?? false);
    } catch (e) {
      void this.root.close();
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open the store at ${dir}: ${reason(e)}`, e);
    }
  }

  private checkSchema(readOnly: boolean): void {
    const schema = this.meta.get('schema');
    if (schema === undefined) {
      const empty = [this.objects, this.live, this.owners, this.txs, this.locks].every((db) => db.getKeysCount({ limit: 1 }) === 0);
      if (!empty) throw new StoreError(`the store at ${this.dir} has data but no schema marker: it is not a Deed store, or it is damaged`);
      if (readOnly) return;
      this.root.transactionSync(() => {
        const b = new Uint8Array(4);
        new DataView(b.buffer).setUint32(0, SCHEMA_VERSION, false);
        this.meta.putSync('schema', b);
        this.meta.putSync('accumulator', new Uint8Array(32));
        this.meta.putSync('commits', u64be(0));
      });
      return;
    }
    const version = schema.length === 4 ? new DataView(schema.buffer, schema.byteOffset, 4).getUint32(0, false) : -1;
    if (version !== SCHEMA_VERSION) throw new StoreError(`the store at ${this.dir} has schema version ${version}; this Deed reads version ${SCHEMA_VERSION}`);
    const acc = this.meta.get('accumulator');
    const commits = this.meta.get('commits');
    if (acc?.length !== 32 || commits?.length !== 8) throw new StoreError(`the store at ${this.dir} is damaged: its state digest or commit counter is missing`);
  }

  private check(): void {
    if (this.closed) throw new StoreError('the store is closed');
  }

  private corrupt(what: string): never {
    throw new StoreError(`the store at ${this.dir} is damaged: ${what}`);
  }

  private readObject(id: ObjectId, version: number): ObjectRecord | undefined {
    const bytes = this.objects.get(versionKey(id, version));
    if (bytes === undefined || (bytes.length === 1 && bytes[0] === TOMBSTONE[0])) return undefined;
    const r = decodeObject(bytes, { sealed: true });
    if (!r.ok) this.corrupt(`object ${id} version ${version}: ${r.message}`);
    if (r.record.id !== id || r.record.version !== version) this.corrupt(`the entry for ${id} version ${version} holds ${r.record.id} version ${r.record.version}`);
    return r.record;
  }

  private liveEntry(id: ObjectId): LiveEntry | undefined {
    const b = this.live.get(hexToBytes(id));
    return b === undefined ? undefined : decodeLive(b);
  }

  getObject(id: ObjectId): ObjectRecord | undefined {
    this.check();
    const key = queryId(id);
    const e = key === undefined ? undefined : this.liveEntry(key);
    return e && this.liveRecord(key!, e);
  }

  /** The record a live-index entry names (a damaged store if it is missing). */
  private liveRecord(id: ObjectId, e: LiveEntry): ObjectRecord {
    return this.readObject(id, e.version) ?? this.corrupt(`the live index names ${id} version ${e.version}, which is not stored`);
  }

  /**
   * The head from the live index alone when the object is address-owned (the index keeps that
   * owner); other owners are only in the record, which is then decoded.
   */
  getHead(id: ObjectId): ObjectHead | undefined {
    this.check();
    const key = queryId(id);
    const e = key === undefined ? undefined : this.liveEntry(key);
    if (!e) return undefined;
    if (e.owner !== undefined) return { id: key!, version: e.version, digest: e.digest, owner: { AddressOwner: e.owner } };
    return this.liveRecord(key!, e);
  }

  getObjectVersion(id: ObjectId, version: number): ObjectRecord | undefined {
    this.check();
    const key = queryId(id);
    if (key === undefined || !Number.isSafeInteger(version) || version < 0) return undefined;
    return this.readObject(key, version);
  }

  commit(batch: CommitBatch): void {
    this.check();
    const view: PlanView = {
      latest: (id) => {
        // A live object's latest version is its live one (a later removal would have ended it).
        const live = this.liveEntry(id);
        if (live !== undefined) return { version: live.version, live };
        const idBytes = hexToBytes(id);
        for (const { key } of this.objects.getRange({ start: concat(idBytes, u64be(Number.MAX_SAFE_INTEGER)), end: idBytes, reverse: true, limit: 1 })) {
          return { version: readU64be(key as Uint8Array, 32), live: undefined };
        }
        return undefined;
      },
      hasTransaction: (_d, key) => this.txs.doesExist(key),
    };
    // One write transaction: the plan reads inside it (so no other writer can slip in between) and
    // a throw from planning aborts it with nothing written.
    this.root.transactionSync(() => {
      const acc = this.meta.get('accumulator');
      if (acc?.length !== 32) this.corrupt('the state digest is missing');
      const plan = planCommit(batch, view, acc);
      for (const t of plan.transactions) this.txs.putSync(t.key, packr.pack([t.transaction, t.effects]));
      for (const e of plan.history) this.objects.putSync(versionKey(e.id, e.version), e.bytes ?? TOMBSTONE);
      for (const c of plan.live) {
        const idBytes = hexToBytes(c.id);
        // An owner that stays is overwritten by the put below.
        if (c.before?.owner !== undefined && c.before.owner !== c.after?.owner) this.owners.removeSync(concat(hexToBytes(c.before.owner), idBytes));
        if (c.after) {
          this.live.putSync(idBytes, encodeLive(c.after, c.after.entry.bytes && encodedDigest(c.after.entry.bytes)));
          if (c.after.owner !== undefined) this.owners.putSync(concat(hexToBytes(c.after.owner), idBytes), u64be(c.after.version));
        } else this.live.removeSync(idBytes);
      }
      for (const l of plan.lock) {
        const k = versionKey(l.id, l.version);
        if (!this.locks.doesExist(k)) this.locks.putSync(k, tryDigestBytes(l.holder)!);
      }
      for (const u of plan.unlock) {
        const key = queryId(u.id);
        if (key !== undefined && Number.isSafeInteger(u.version) && u.version >= 0) this.locks.removeSync(versionKey(key, u.version));
      }
      if (plan.deferred !== undefined) {
        if (plan.deferred.length === 0) this.meta.removeSync('deferred');
        else this.meta.putSync('deferred', packr.pack(plan.deferred.map((d) => [d.key, d.deferrals])));
      }
      this.meta.putSync('accumulator', plan.accumulator);
      this.meta.putSync('commits', u64be(this.commitCount() + 1));
    });
  }

  getTransaction(digest: Digest): StoredTransaction | undefined {
    this.check();
    const key = tryDigestBytes(digest);
    const bytes = key && this.txs.get(key);
    if (!bytes) return undefined;
    let pair: unknown;
    try {
      pair = packr.unpack(bytes);
    } catch (e) {
      this.corrupt(`transaction ${digest}: ${reason(e)}`);
    }
    if (!Array.isArray(pair) || pair.length !== 2 || !(pair[0] instanceof Uint8Array) || !(pair[1] instanceof Uint8Array)) this.corrupt(`transaction ${digest} is not [bytes, effects]`);
    return { digest, transaction: Uint8Array.from(pair[0] as Uint8Array), effects: Uint8Array.from(pair[1] as Uint8Array) };
  }

  objectsOwnedBy(owner: Address): ObjectRecord[] {
    this.check();
    const key = queryId(owner);
    if (key === undefined) return [];
    const prefix = hexToBytes(key);
    const out: ObjectRecord[] = [];
    for (const { key: k, value } of this.owners.getRange({ start: prefix, end: concat(prefix, new Uint8Array(33).fill(0xff)) })) {
      const id = bytesToHex((k as Uint8Array).subarray(32, 64));
      const version = readU64be(value);
      out.push(this.readObject(id, version) ?? this.corrupt(`the owner index names ${id} version ${version}, which is not stored`));
    }
    return out;
  }

  *liveObjects(): Iterable<ObjectRecord> {
    this.check();
    for (const { key, value } of this.live.getRange({})) {
      const id = bytesToHex(key as Uint8Array);
      const e = decodeLive(value);
      yield this.readObject(id, e.version) ?? this.corrupt(`the live index names ${id} version ${e.version}, which is not stored`);
    }
  }

  private lockKey(id: ObjectId, version: number): Uint8Array {
    const key = queryId(id);
    if (key === undefined || !Number.isSafeInteger(version) || version < 0) throw new StoreError(`cannot lock ${String(id)} version ${version}: not an object reference`);
    return versionKey(key, version);
  }

  lock(id: ObjectId, version: number, tx: Digest): Digest {
    return this.lockAll([{ id, version }], tx)[0]?.holder ?? tx;
  }

  lockAll(inputs: ReadonlyArray<{ id: ObjectId; version: number }>, tx: Digest): Array<{ id: ObjectId; version: number; holder: Digest }> {
    this.check();
    const txBytes = tryDigestBytes(tx);
    if (!txBytes) throw new StoreError(`cannot lock for ${String(tx)}: not a transaction digest`);
    const keys = inputs.map((i) => this.lockKey(i.id, i.version));
    return this.root.transactionSync(() => {
      const conflicts: Array<{ id: ObjectId; version: number; holder: Digest }> = [];
      keys.forEach((k, n) => {
        const h = this.locks.get(k);
        if (h !== undefined && !Buffer.from(h).equals(txBytes)) conflicts.push({ id: inputs[n]!.id, version: inputs[n]!.version, holder: digestFromBytes(h) });
      });
      if (conflicts.length === 0) for (const k of keys) if (!this.locks.doesExist(k)) this.locks.putSync(k, txBytes);
      return conflicts;
    });
  }

  lockHolder(id: ObjectId, version: number): Digest | undefined {
    this.check();
    const h = this.locks.get(this.lockKey(id, version));
    return h === undefined ? undefined : digestFromBytes(h);
  }

  stateDigest(): Digest {
    this.check();
    const acc = this.meta.get('accumulator');
    return acc?.length === 32 ? digestOfAccumulator(acc) : this.corrupt('the state digest is missing');
  }

  commitCount(): number {
    this.check();
    const b = this.meta.get('commits');
    return b?.length === 8 ? readU64be(b) : this.corrupt('the commit counter is missing');
  }

  deferred(): DeferredTransaction[] {
    this.check();
    const bytes = this.meta.get('deferred');
    if (bytes === undefined) return [];
    let list: unknown;
    try {
      list = packr.unpack(bytes);
    } catch (e) {
      this.corrupt(`the deferred transactions do not decode: ${reason(e)}`);
    }
    if (!Array.isArray(list)) this.corrupt('the deferred transactions are not a list');
    return list.map((d: unknown) => {
      if (!Array.isArray(d) || d.length !== 2 || !(d[0] instanceof Uint8Array) || d[0].length !== 32 || !Number.isSafeInteger(d[1]) || (d[1] as number) < 1) this.corrupt('a deferred transaction is not [digest, deferrals]');
      return { digest: digestFromBytes(d[0] as Uint8Array), deferrals: d[1] as number };
    });
  }

  /**
   * Reads from now on see every commit made so far, by any thread or process. lmdb-js renews its
   * read snapshot on new event turns; a reader in another thread that must see a commit it was
   * told about (a parallel executor's worker) asks explicitly.
   */
  refresh(): void {
    this.check();
    this.root.resetReadTxn();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    void this.root.close();
  }
}
