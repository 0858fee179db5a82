// The sharing analysis on small packages: each key type's classification and each public or
// entry function's path, with the reason naming the parameter, its type and the share site.

import { describe, expect, it } from 'vitest';
import { compileSources } from '../../compiler/index.js';
import { SourceFile } from '../../compiler/diagnostics/source.js';

function analyze(text: string) {
  const source = new SourceFile('pkg/sources/game.move', text);
  const addresses = new Map<string, bigint>([['std', 1n], ['sui', 2n], ['game', 0x42n]]);
  const r = compileSources([{ source, package: { name: 'game', edition: '2024', addresses } }], { std: true, sui: true });
  expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  const types = Object.fromEntries(r.sharing!.types.map((t) => [t.name, t.classification]));
  const fns = Object.fromEntries(r.sharing!.functions.map((f) => [f.name, f]));
  return { types, fns };
}

const GAME = `module game::game {
    use sui::clock::Clock;

    public struct Board has key { id: UID, moves: u64 }
    public struct Badge has key { id: UID, level: u64 }
    public struct Rules has key { id: UID, max: u64 }
    public struct Prize has key, store { id: UID, value: u64 }

    public fun open(ctx: &mut TxContext) {
        transfer::share_object(Board { id: object::new(ctx), moves: 0 })
    }
    public fun publish_rules(ctx: &mut TxContext) {
        transfer::freeze_object(Rules { id: object::new(ctx), max: 10 })
    }
    public fun award(to: address, ctx: &mut TxContext) {
        transfer::transfer(Badge { id: object::new(ctx), level: 1 }, to)
    }
    public fun play(board: &mut Board, _rules: &Rules) { board.moves = board.moves + 1; }
    public fun level_up(badge: &mut Badge, rules: &Rules) { if (badge.level < rules.max) badge.level = badge.level + 1; }
    public fun polish(prize: &mut Prize) { prize.value = prize.value + 1; }
    public fun timed(badge: &mut Badge, clock: &Clock) { badge.level = clock.timestamp_ms(); }
    public fun pure_math(a: u64, b: u64): u64 { a + b }
}`;

describe('sharing analysis', () => {
  it('classifies key types by how their module places them', () => {
    expect(analyze(GAME).types).toEqual({ Board: 'always-shared', Badge: 'owned-only', Rules: 'frozen', Prize: 'may-be-shared' });
  });

  it('routes functions by their object parameters, with the reason', () => {
    const { fns } = analyze(GAME);
    expect(fns['play']).toMatchObject({ classification: 'consensus', parameter: 'board' });
    expect(fns['play']!.reason).toBe('parameter `board`: `Board` is always shared (shared at pkg/sources/game.move:10)');
    expect(fns['level_up']).toMatchObject({ classification: 'fast' });
    expect(fns['polish']).toMatchObject({ classification: 'depends', parameter: 'prize' });
    expect(fns['polish']!.reason).toContain('`Prize` may be shared or owned');
    expect(fns['timed']).toMatchObject({ classification: 'consensus', parameter: 'clock' });
    expect(fns['timed']!.reason).toMatch(/`Clock` is always shared \(shared at \[sui\]\/clock\.move:\d+\)/);
    expect(fns['pure_math']).toMatchObject({ classification: 'fast' });
  });

  it('calls a type shared at some sites and transferred at others may-be-shared', () => {
    const { types, fns } = analyze(`module game::game {
      public struct Table has key { id: UID }
      public fun shared(ctx: &mut TxContext) { transfer::share_object(Table { id: object::new(ctx) }) }
      public fun private_table(to: address, ctx: &mut TxContext) { transfer::transfer(Table { id: object::new(ctx) }, to) }
      public fun sit(_t: &Table) {}
    }`);
    expect(types['Table']).toBe('may-be-shared');
    expect(fns['sit']!.classification).toBe('depends');
  });
});
