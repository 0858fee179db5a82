// End to end: Move programs in test/e2e/programs/ are compiled, verified, loaded with the
// standard library and run. Each `//# call f(args) -> expected` line is one test:
//
//   -> 42 / true            the single return value
//   -> STATUS_NAME          an execution error (ARITHMETIC_ERROR, OUT_OF_GAS, ...)
//   -> abort N [at line L]  a Move abort with code N (and the source line of the abort)
//   -> abort clever line L [NAME]
//                           a clever abort code: tag bit, line L, and the `#[error]` constant
//                           NAME (or the 0xffff sentinels of a bare `abort`/`assert!`)

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompiledModule, SigType } from '../../vm/bytecode/module.js';
import { BudgetGasMeter } from '../../vm/gas/meter.js';
import { Runtime, V, toJs, type Value } from '../../vm/runtime/index.js';
import { moduleKeyOf, verifyModule } from '../../vm/verifier/index.js';
import { registerStdlibNatives } from '../../stdlib/natives/index.js';
import { compileMove } from '../codegen/compile.js';

const DIR = 'test/e2e/programs';

function argValue(text: string, type: SigType): Value {
  if (type === 'bool') return V.bool(text === 'true');
  if (typeof type === 'string' && type !== 'address') return V[type](BigInt(text));
  throw new Error(`unsupported argument type ${JSON.stringify(type)}`);
}

function splitArgs(s: string): string[] {
  return s.trim() === '' ? [] : s.split(',').map((x) => x.trim());
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.move')).sort()) {
  describe(file, () => {
    const path = `${DIR}/${file}`;
    const text = readFileSync(path, 'utf8');
    const compiled = compileMove(path, text, { test: false });
    const user = [...compiled.modules.entries()].filter(([k]) => k.startsWith('0x42::')).map(([, m]) => m);
    const self = user[0]!;
    const deps = new Map([...compiled.modules.values()].map((m) => [moduleKeyOf(m.moduleHandles[0]!), m] as [string, CompiledModule]));
    const vm = new Runtime({ natives: registerStdlibNatives(), limits: { maxCallDepth: 1024 } });

    it('verifies and loads', () => {
      for (const m of user) {
        const v = verifyModule(m, deps);
        expect(v.ok ? 'ok' : `${v.error.name} ${v.error.message}`).toBe('ok');
      }
      const loaded = vm.load([...compiled.modules.values()]);
      expect(loaded.status === 'ok' ? 'ok' : loaded.error.message).toBe('ok');
    });

    for (const [, fn, args, expected] of text.matchAll(/^\/\/# call (\w+)\((.*)\) -> (.+)$/gm)) {
      it(`${fn}(${args}) -> ${expected}`, () => {
        const h = self.functionHandles.find((f) => f.module === 0 && f.name === fn)!;
        expect(h, `function ${fn}`).toBeDefined();
        const values = splitArgs(args!).map((a, i) => argValue(a, h.params[i]!));
        const budget = expected === 'OUT_OF_GAS' ? 200_000 : 10_000_000_000;
        const r = vm.call(self.moduleHandles[0]!, fn!, [], values, new BudgetGasMeter(budget));
        const exp = expected!.trim();
        if (/^(\d+|true|false)$/.test(exp)) {
          expect(r.status === 'ok' ? 'ok' : `${r.error.name}: ${r.error.message}`).toBe('ok');
          if (r.status !== 'ok') return;
          const got = toJs(r.returns[0]!);
          expect(typeof got === 'boolean' ? String(got) : BigInt(got as number | bigint).toString()).toBe(exp);
          return;
        }
        expect(r.status).toBe('error');
        if (r.status !== 'error') return;
        const abort = /^abort (\d+)(?: at line (\d+))?$/.exec(exp);
        const clever = /^abort clever line (\d+)(?: (\w+))?$/.exec(exp);
        if (abort) {
          expect(r.error.name).toBe('ABORTED');
          expect(r.error.abortCode).toBe(BigInt(abort[1]!));
          if (abort[2]) expect(r.error.location?.line).toBe(Number(abort[2]));
        } else if (clever) {
          expect(r.error.name).toBe('ABORTED');
          const code = r.error.abortCode!;
          expect(code >> 63n).toBe(1n);
          expect(Number((code >> 32n) & 0xffffn)).toBe(Number(clever[1]));
          const ident = Number((code >> 16n) & 0xffffn);
          const constant = Number(code & 0xffffn);
          if (clever[2]) {
            expect(self.identifiers[ident]).toBe(clever[2]);
            expect(self.constants[constant]?.name).toBe(clever[2]);
          } else {
            expect([ident, constant]).toEqual([0xffff, 0xffff]);
          }
          expect(r.error.location?.function).toBe(fn);
        } else {
          expect(`${r.error.name}: ${r.error.message}`).toMatch(new RegExp(`^${exp}:`));
        }
      });
    }
  });
}
