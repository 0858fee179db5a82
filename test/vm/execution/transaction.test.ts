// Transactions as data: the JSON parser's errors (a path and a reason, never a throw), canonical
// encoding and digests, signatures and Sui-style addresses, the object-ID derivation of SPEC §2,
// effects encoding, and determinism: the same transactions on two fresh chains give identical
// effects bytes and state.

import { blake2b } from '@noble/hashes/blake2.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { decodeEffects, effectsFromJson, effectsToJson, encodeEffects, objectChanges } from '../../../vm/execution/effects.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import { addressFromPublicKey, decodeSignedTransaction, encodeSignedTransaction, keypair, parseSignedTransaction, signDigest, signedTransactionToJson, signTransaction, verifyTransactionSignature } from '../../../vm/execution/signature.js';
import { decodeTransaction, encodeTransaction, parseTransaction, parseTransactionJson, transactionDigest, transactionToJson } from '../../../vm/execution/transaction.js';
import { bytesToHex, deriveObjectId } from '../../../vm/objects/object.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import { input, moveCall, obj, pure, seed, TestChain } from './chain.js';
import { OBJECTS } from './fixtures.js';

const SENDER = '0x' + 'ab'.repeat(32);
const base = { sender: SENDER, gasBudget: '5000000', gasPrice: 1000, gasPayment: [{ id: '0x5', version: 1 }] };

function issue(json: unknown): { path: string; message: string } {
  const r = parseTransaction(json);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('JSON form', () => {
  it('parses and normalises', () => {
    const r = parseTransactionJson(
      JSON.stringify({
        ...base,
        inputs: [{ Pure: { type: 'u64', value: '18446744073709551615' } }, { Pure: { type: 'vector<u8>', value: 'hi' } }, { Pure: { type: '0x1::option::Option<u64>', value: null } }, { Pure: { type: '0x1::string::String', value: 'é' } }, { Object: { id: '0x7' } }],
        commands: [{ MoveCall: { package: '0x2', module: 'm', function: 'f', typeArguments: ['0x2::sui::SUI'], arguments: ['GasCoin', { Input: 0 }] } }, { MakeMoveVec: { elements: [{ Input: 0 }, { NestedResult: [0, 1] }] } }],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.gasBudget).toBe(5_000_000n);
    expect(r.value.sender).toBe(SENDER);
    expect(r.value.inputs[1]).toEqual({ Pure: { type: 'vector<u8>', value: [104n, 105n] } });
    expect((r.value.commands[0] as { MoveCall: { typeArguments: string[] } }).MoveCall.typeArguments).toEqual(['0x' + '2'.padStart(64, '0') + '::sui::SUI']);
    // Numbers and decimal strings encode the same.
    const again = parseTransaction({ ...transactionToJson(r.value) as object, gasBudget: 5_000_000 });
    expect(again.ok && encodeTransaction(again.value)).toEqual(encodeTransaction(r.value));
  });

  it('gives a path and a reason for malformed input', () => {
    expect(parseTransactionJson('{"sender": ').ok).toBe(false);
    expect(issue({ ...base, commands: [] })).toEqual({ path: '$.commands', message: 'a transaction has at least one command' });
    expect(issue({ gasBudget: 1, gasPrice: 1, commands: [] }).path).toBe('$.sender');
    expect(issue({ ...base, sender: 'alice', commands: [] }).path).toBe('$.sender');
    expect(issue({ ...base, inputs: [{ Pure: { type: 'u8', value: 300 } }], commands: [{ MakeMoveVec: { elements: [{ Input: 0 }] } }] })).toEqual({ path: '$.inputs[0].Pure.value', message: '300 is out of range (0 ..= 255)' });
    expect(issue({ ...base, inputs: [{ Pure: { type: 'u64', value: 1.5 } }], commands: [{ MakeMoveVec: { elements: [{ Input: 0 }] } }] }).path).toBe('$.inputs[0].Pure.value');
    expect(issue({ ...base, inputs: [{ Pure: { type: 'vector<', value: [] } }], commands: [{ MakeMoveVec: { elements: [{ Input: 0 }] } }] }).path).toBe('$.inputs[0].Pure.type');
    expect(issue({ ...base, inputs: [{ Pure: { type: '0x2::coin::Coin<u8>', value: 1 } }], commands: [{ MakeMoveVec: { elements: [{ Input: 0 }] } }] }).message).toMatch(/cannot be a pure input/);
    expect(issue({ ...base, commands: [{ MakeMoveVec: { elements: [{ Input: 3 }] } }] })).toEqual({ path: '$.commands[0].MakeMoveVec.elements[0].Input', message: 'there are 0 inputs' });
    expect(issue({ ...base, commands: [{ TransferObjects: { objects: [{ Result: 0 }], address: 'GasCoin' } }] }).path).toBe('$.commands[0].TransferObjects.objects[0].Result');
    expect(issue({ ...base, commands: [{ Jump: {} }] }).message).toMatch(/unknown "Jump"/);
    expect(issue({ ...base, extra: 1, commands: [] }).path).toBe('$.extra');
    expect(issue({ ...base, commands: [{ MoveCall: { package: '0x2', module: 'bad-name', function: 'f' } }] }).path).toBe('$.commands[0].MoveCall.module');
    const signed = parseSignedTransaction({ data: { ...base, commands: [] }, signature: { publicKey: '', signature: '' } });
    expect(!signed.ok && signed.error.path).toBe('$.data.commands');
  });

  it('canonical bytes round-trip and refuse non-canonical encodings', () => {
    const r = parseTransaction({ ...base, inputs: [{ Pure: { type: 'u256', value: (1n << 255n).toString() } }], commands: [{ MakeMoveVec: { elements: [{ Input: 0 }] } }] });
    if (!r.ok) throw new Error(r.error.message);
    const bytes = encodeTransaction(r.value);
    const back = decodeTransaction(bytes);
    expect(back.ok && encodeTransaction(back.value)).toEqual(bytes);
    expect(decodeTransaction(Uint8Array.from([0xc1])).ok).toBe(false);
    expect(transactionDigest(r.value).bytes).toEqual(blake2b(bytes, { dkLen: 32 }));
  });
});

describe('signatures and addresses', () => {
  it('Sui-style address, sign the digest, verify signer == sender', () => {
    const k = keypair(seed(9));
    const buf = new Uint8Array(33);
    buf.set(k.publicKey, 1);
    expect(k.address).toBe(bytesToHex(blake2b(buf, { dkLen: 32 })));
    expect(addressFromPublicKey(k.publicKey)).toBe(k.address);
    const p = parseTransaction({ ...base, sender: k.address, commands: [{ MakeMoveVec: { type: 'u8', elements: [] } }] });
    if (!p.ok) throw new Error(p.error.message);
    const s = signTransaction(p.value, k.secretKey);
    expect(verifyTransactionSignature(s)).toEqual({ ok: true });
    const other = signTransaction({ ...p.value, sender: SENDER }, k.secretKey);
    expect(verifyTransactionSignature(other).ok).toBe(false);
    const bytes = encodeSignedTransaction(s);
    const back = decodeSignedTransaction(bytes);
    expect(back.ok && encodeSignedTransaction(back.value)).toEqual(bytes);
    const viaJson = parseSignedTransaction(JSON.parse(JSON.stringify(signedTransactionToJson(s))));
    expect(viaJson.ok && encodeSignedTransaction(viaJson.value)).toEqual(bytes);
  });

  it('accepts exactly what noble accepts (native check first, noble when it says no)', () => {
    const k = keypair(seed(11));
    const p = parseTransaction({ ...base, sender: k.address, commands: [{ MakeMoveVec: { type: 'u8', elements: [] } }] });
    if (!p.ok) throw new Error(p.error.message);
    const s = signTransaction(p.value, k.secretKey);
    const d = transactionDigest(p.value);
    const flip = (b: Uint8Array, i: number): Uint8Array => b.map((x, j) => (j === i ? x ^ 1 : x));
    for (let i = 0; i < 64; i += 7) {
      const bad = { ...s, signature: { ...s.signature, signature: flip(s.signature.signature, i) } };
      expect(verifyTransactionSignature(bad).ok).toBe(ed25519.verify(bad.signature.signature, d.bytes, bad.signature.publicKey));
    }
    // A public key that is not a curve point: OpenSSL refuses it, noble too.
    const notAPoint = { ...s, signature: { ...s.signature, publicKey: new Uint8Array(32).fill(0xff) } };
    expect(verifyTransactionSignature(notAPoint).ok).toBe(false);
    // S >= L (non-canonical scalar) is refused by both rule sets.
    const sBytes = Uint8Array.from(s.signature.signature);
    sBytes[63] = sBytes[63]! | 0xf0;
    expect(verifyTransactionSignature({ ...s, signature: { ...s.signature, signature: sBytes } }).ok).toBe(false);
  });
});

describe('object IDs (SPEC §2)', () => {
  it('Blake2b-256(0xF1 || txDigest || u64_le(index)), counted across Move and the block', () => {
    const digest = new Uint8Array(32).map((_, i) => i);
    const buf = new Uint8Array(41);
    buf[0] = 0xf1;
    buf.set(digest, 1);
    buf[33] = 2;
    expect(deriveObjectId(digest, 2)).toBe(bytesToHex(blake2b(buf, { dkLen: 32 })));

    const t = new TestChain();
    const pkg = t.publish(OBJECTS);
    const tx = t.tx(t.alice, { inputs: [pure('u64', 1), pure('u64', 2)], commands: [{ SplitCoins: { coin: 'GasCoin', amounts: [input(0)] } }, moveCall(`${pkg}::objs::create`, [input(1)]), { TransferObjects: { objects: [{ Result: 0 }], address: { Input: 2 } } }] });
    tx.inputs.push(pure('address', t.bob.address));
    const d = transactionDigest(tx);
    const out = t.chain.signAndExecute(tx, (x) => signDigest(x, t.alice.secretKey));
    expect(out.kind === 'executed' && out.effects.status.status).toBe('success');
    if (out.kind !== 'executed') return;
    const created = objectChanges(out.effects).created.map((c) => c.id).sort();
    expect(created).toEqual([deriveObjectId(d.bytes, 0), deriveObjectId(d.bytes, 1)].sort());
    expect(t.chain.getObject(deriveObjectId(d.bytes, 1))!.data).toMatchObject({ type: `${pkg}::objs::Thing` });
  });
});


describe('effects encoding and determinism', () => {
  function script(t: TestChain, pkg: string): Uint8Array[] {
    const out: Uint8Array[] = [];
    const run = (who: typeof t.alice, draft: Parameters<TestChain['exec']>[1]) => {
      const r = t.exec(who, draft);
      if (r.kind !== 'executed') throw new Error(r.rejection.message);
      out.push(r.effectsBytes);
      return r.effects;
    };
    const fx = run(t.alice, { inputs: [pure('u64', 5)], commands: [moveCall(`${pkg}::objs::create`, [input(0)])] });
    const id = objectChanges(fx).created[0]!.id;
    run(t.alice, { inputs: [obj(id), pure('u64', 6), pure('u64', 1)], commands: [moveCall(`${pkg}::objs::set`, [input(0), input(1)]), moveCall(`${pkg}::objs::df_add`, [input(0), input(2), input(1)])] });
    run(t.alice, { inputs: [obj(id), pure('u64', 5000)], commands: [moveCall(`${pkg}::objs::set`, [input(0), input(1)])] });
    run(t.bob, { inputs: [], commands: [moveCall(`${pkg}::objs::share_new`, [])] });
    run(t.alice, { inputs: [obj(id), pure('address', t.bob.address)], commands: [{ TransferObjects: { objects: [input(0)], address: input(1) } }] });
    return out;
  }

  it('the same transactions on two fresh chains: identical effects bytes and state digest', () => {
    const a = new TestChain(new MemoryStore(), { packages: new PackageCache() });
    const b = new TestChain(new MemoryStore(), { packages: new PackageCache() });
    const pa = a.publish(OBJECTS);
    const pb = b.publish(OBJECTS);
    expect(pa).toBe(pb);
    const ea = script(a, pa);
    const eb = script(b, pb);
    expect(ea).toEqual(eb);
    expect(a.store.stateDigest()).toBe(b.store.stateDigest());
    for (const bytes of ea) {
      const fx = decodeEffects(bytes);
      expect(encodeEffects(fx)).toEqual(bytes);
      expect(encodeEffects(effectsFromJson(JSON.parse(JSON.stringify(effectsToJson(fx)))))).toEqual(bytes);
    }
  });

  it('the Lamport version counts the assigned shared version', () => {
    const t = new TestChain();
    const pkg = t.publish(OBJECTS);
    const fx = t.call(t.alice, `${pkg}::objs::share_new`, []);
    const counter = t.created(fx, '::objs::Counter')[0]!;
    const tx = t.tx(t.bob, { inputs: [{ Shared: { id: counter.id, mutable: true } }], commands: [moveCall(`${pkg}::objs::bump`, [input(0)])] });
    const out = t.chain.execute({ data: tx, signature: signDigest(transactionDigest(tx).bytes, t.bob.secretKey) });
    if (out.kind !== 'executed') throw new Error(out.rejection.message);
    const gasVersion = tx.gasPayment[0]!.version;
    expect(out.effects.lamportVersion).toBe(1 + Math.max(gasVersion, counter.version));
    expect(t.object(counter.id).version).toBe(out.effects.lamportVersion);
  });
});
