// A forward dataflow fixpoint over a function's control-flow graph, shared by the locals,
// reference and UID-freshness analyses. Each analysis gives an entry state, a join, an equality
// and a block transfer function (which throws a VerifyFailure when it meets a violation). The
// engine keeps one state per block entry, joins every predecessor's exit state into it, and
// revisits a block until its entry state stops changing. Joins only ever make a state more
// conservative and every domain is finite, so the iteration ends; a cap turns a runaway
// analysis into an internal error instead of a hang.

import type { BasicBlock, Cfg } from './cfg.js';

export interface ForwardAnalysis<S> {
  entry: S;
  /** The join of two states; must not mutate either. */
  join(a: S, b: S): S;
  equal(a: S, b: S): boolean;
  /** The state after the block, from the state before it; must not mutate `state`. */
  transfer(block: BasicBlock, state: S): S;
}

const MAX_VISITS_PER_BLOCK = 1000;

/** Runs the analysis to its fixpoint; returns the entry state of each reachable block. */
export function runForward<S>(cfg: Cfg, analysis: ForwardAnalysis<S>): Array<S | undefined> {
  const states: Array<S | undefined> = cfg.blocks.map(() => undefined);
  const rank = new Map<number, number>(cfg.order.map((b, i) => [b, i]));
  states[0] = analysis.entry;
  const pending = new Set<number>([0]);
  let visits = 0;
  const limit = MAX_VISITS_PER_BLOCK * Math.max(1, cfg.blocks.length);
  while (pending.size > 0) {
    // Visit in reverse postorder so that most blocks see all their predecessors first.
    let next = -1;
    for (const b of pending) if (next === -1 || rank.get(b)! < rank.get(next)!) next = b;
    pending.delete(next);
    if (++visits > limit) throw new Error('verifier: dataflow analysis does not converge');
    const out = analysis.transfer(cfg.blocks[next]!, states[next]!);
    for (const succ of cfg.blocks[next]!.successors) {
      const old = states[succ];
      const joined = old === undefined ? out : analysis.join(old, out);
      if (old === undefined || !analysis.equal(old, joined)) {
        states[succ] = joined;
        pending.add(succ);
      }
    }
  }
  return states;
}
