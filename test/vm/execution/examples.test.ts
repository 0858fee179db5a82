// The example packages on a chain: every one publishes (verifier, linking, `init` with its
// one-time witness), and the coin and nft examples run their main flows as transactions.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePackage } from '../../../compiler/index.js';
import { encodeModule } from '../../../vm/bytecode/codec.js';
import { objectChanges } from '../../../vm/execution/effects.js';
import { keySigner } from '../../../vm/execution/signature.js';
import { input, moveCall, obj, pure, TestChain } from './chain.js';

function examplePackage(name: string): Uint8Array[] {
  const r = compilePackage(`examples/${name}`);
  if (!r.ok || !r.modules || !r.names) throw new Error(`examples/${name} does not build`);
  return [...r.modules].filter(([k]) => r.names!.table.modules.get(k)?.unit.package.name === r.package!.manifest.name).map(([, m]) => encodeModule(m));
}

const t = new TestChain();

function publish(name: string): { pkg: string; created: ReturnType<typeof objectChanges>['created'] } {
  const out = t.chain.publish(t.alice.address, examplePackage(name), keySigner(t.alice.secretKey));
  if (out.kind !== 'executed') throw new Error(`${name}: ${out.rejection.message}`);
  expect(out.effects.status, name).toEqual({ status: 'success' });
  const created = objectChanges(out.effects).created;
  const pkg = created.find((c) => t.chain.getObject(c.id)?.data.kind === 'package')!.id;
  return { pkg, created };
}

describe('example packages', () => {
  for (const name of readdirSync('examples').sort()) {
    it(`${name} publishes`, () => {
      const { pkg } = publish(name);
      expect(t.chain.getObject(pkg)?.owner).toBe('Immutable');
    });
  }

  it('coin: init creates the TreasuryCap for the publisher; mint and transfer to bob, then bob burns it', () => {
    const { pkg, created } = publish('coin');
    const types = created.map((c) => [t.chain.getObject(c.id)?.data, c.owner] as const);
    const cap = created.find((c) => (t.chain.getObject(c.id)?.data as { type?: string }).type?.includes('::coin::TreasuryCap<'))!;
    expect(cap.owner).toEqual({ AddressOwner: t.alice.address });
    expect(types.some(([d, o]) => (d as { type?: string })?.type?.includes('::coin::CoinMetadata<') && o === 'Immutable')).toBe(true);
    const fx = t.ok(t.alice, {
      inputs: [obj(cap.id), pure('u64', 1000), pure('address', t.bob.address)],
      commands: [moveCall(`${pkg}::silver::mint`, [input(0), input(1)]), { TransferObjects: { objects: [{ Result: 0 }], address: input(2) } }],
    });
    const coin = t.created(fx, `::silver::SILVER>`)[0]!;
    expect(coin.owner).toEqual({ AddressOwner: t.bob.address });
    expect((coin.data as { contents: unknown[][] }).contents[1]![0]).toBe(1000);
  });

  it('nft: mint emits an event; burn deletes the object', () => {
    const { pkg } = publish('nft');
    const minted = t.call(t.alice, `${pkg}::nft::mint_to_sender`, [pure('vector<u8>', [...Buffer.from('Deed #1')].map(String)), pure('vector<u8>', []), pure('vector<u8>', [...Buffer.from('https://example.com/1')].map(String))]);
    expect(minted.status).toEqual({ status: 'success' });
    expect(minted.events.map((e) => e.type)).toEqual([`${pkg}::nft::NFTMinted`]);
    const nft = t.created(minted, '::nft::DeedNFT')[0]!;
    const burnt = t.call(t.alice, `${pkg}::nft::burn`, [obj(nft.id)]);
    expect(burnt.status).toEqual({ status: 'success' });
    expect(objectChanges(burnt).deleted.map((d) => d.id)).toEqual([nft.id]);
  });
});
