// The packages a transaction will load (warm.ts): the ones it calls, the ones its type arguments
// name (at any depth), and the gas coin's, which every execution loads. A malformed type names
// nothing (its transaction fails and says why).

import { describe, expect, it } from 'vitest';
import type { TransactionData } from '../../../vm/execution/transaction.js';
import { FRAMEWORK } from '../../../vm/execution/type-tags.js';
import { packagesUsed } from '../../../vm/scheduler/warm.js';

const full = (hex: string): string => '0x' + hex.padStart(64, '0');

function data(commands: TransactionData['commands']): TransactionData {
  return { sender: full('a11ce'), gasBudget: 1_000_000n, gasPrice: 1000n, gasPayment: [], inputs: [], commands };
}

describe('packagesUsed', () => {
  it('a transaction with no call loads the gas coin package only', () => {
    const into = new Set<string>();
    packagesUsed(data([{ TransferObjects: { objects: ['GasCoin'], address: { Input: 0 } } }]), into);
    expect([...into]).toEqual([FRAMEWORK.sui]);
  });

  it('collects called packages and every package named in type arguments, nested ones too', () => {
    const into = new Set<string>();
    packagesUsed(
      data([
        { MoveCall: { package: full('abc'), module: 'm', function: 'f', typeArguments: ['0xdef::x::Y<vector<0x3::t::T>>', 'u64'], arguments: [] } },
        { MakeMoveVec: { type: '0x2::coin::Coin<0x77::c::C>', elements: [] } },
        { MoveCall: { package: full('abc'), module: 'm', function: 'g', typeArguments: ['not a type <'], arguments: [] } },
      ]),
      into,
    );
    expect([...into].sort()).toEqual([FRAMEWORK.sui, full('abc'), full('def'), full('3'), full('77')].sort());
  });

  it('adds to what is there, each package once', () => {
    const into = new Set<string>([full('abc')]);
    packagesUsed(data([{ MoveCall: { package: full('abc'), module: 'm', function: 'f', typeArguments: [], arguments: [] } }]), into);
    expect([...into].sort()).toEqual([FRAMEWORK.sui, full('abc')].sort());
  });
});
