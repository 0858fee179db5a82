// The framework's natives: every `native fun` of std and sui (test_scenario aside, a later issue)
// has an implementation and a gas entry; sui::hash and sui::ed25519 agree with @noble; the
// tx_context natives report the transaction's gas facts.

import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { NATIVE_GAS } from '../../../vm/gas/schedule.js';
import { nativeName } from '../../../vm/runtime/natives.js';
import { registerStdlibNatives } from '../../../stdlib/natives/index.js';
import { framework, pure, TestChain } from './chain.js';

const CRYPTO = `
module test::crypto {
    use sui::ed25519;
    use sui::hash;

    public entry fun check(data: vector<u8>, blake: vector<u8>, keccak: vector<u8>, sig: vector<u8>, pk: vector<u8>) {
        assert!(hash::blake2b256(&data) == blake, 0);
        assert!(hash::keccak256(&data) == keccak, 1);
        assert!(ed25519::ed25519_verify(&sig, &pk, &data), 2);
        assert!(!ed25519::ed25519_verify(&sig, &pk, &blake), 3);
        assert!(!ed25519::ed25519_verify(&blake, &pk, &data), 4);
    }

    public entry fun gas_facts(price: u64, ctx: &TxContext) {
        assert!(ctx.gas_price() == price, 10);
        assert!(ctx.reference_gas_price() == 1000, 11);
        assert!(ctx.sponsor().is_none(), 12);
    }
}
`;

describe('natives', () => {
  it('every native fun of std and sui is registered and priced (test_scenario aside)', () => {
    const registry = registerStdlibNatives();
    const missing: string[] = [];
    for (const m of framework()) {
      const id = m.moduleHandles[0]!;
      for (const f of m.functions) {
        if (!f.native || id.name === 'test_scenario') continue;
        const name = nativeName(id, m.functionHandles[f.handle]!.name);
        if (!registry.has(name)) missing.push(`${name} (implementation)`);
        if (NATIVE_GAS[name] === undefined) missing.push(`${name} (gas)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('sui::hash and sui::ed25519', () => {
    const t = new TestChain();
    const pkg = t.publish(CRYPTO);
    const data = new TextEncoder().encode('deed');
    const k = ed25519.keygen(new Uint8Array(32).fill(3));
    const sig = ed25519.sign(data, k.secretKey);
    const v = (b: Uint8Array) => pure('vector<u8>', Array.from(b));
    const fx = t.call(t.alice, `${pkg}::crypto::check`, [v(data), v(blake2b(data, { dkLen: 32 })), v(keccak_256(data)), v(sig), v(k.publicKey)]);
    expect(fx.status).toEqual({ status: 'success' });
    const facts = t.call(t.alice, `${pkg}::crypto::gas_facts`, [pure('u64', 1000)]);
    expect(facts.status).toEqual({ status: 'success' });
  });
});
