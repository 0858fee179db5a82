// Limits and failures: call depth, value size, gas budget, type depth, abort locations, link
// errors, missing natives, and host exceptions turned into invariant violations.

import { describe, expect, it } from 'vitest';
import { Op } from '../../../vm/bytecode/opcodes.js';
import { BudgetGasMeter, UnmeteredGasMeter } from '../../../vm/gas/meter.js';
import { INVARIANT_STATUSES } from '../../../vm/status.js';
import { EXECUTION_STATUSES, NativeRegistry, Runtime, T, V } from '../../../vm/runtime/index.js';
import { call, failed, loaded, mid, ModuleBuilder, newRuntime, ok } from './build.js';

const M = mid('0xb', 'limits');
const b = new ModuleBuilder('0xb', 'limits');
// forever(n) = forever(n + 1)
const forever = b.declare('forever', { params: ['u64'] });
b.define(forever, { params: ['u64'] }, [[Op.MoveLoc, 0], [Op.LdU64, 1n], [Op.Add], [Op.Call, forever, []], [Op.Ret]]);
// depth(n) = if (n == 0) 0 else 1 + depth(n - 1)
const depth = b.declare('depth', { params: ['u64'], returns: ['u64'] });
b.define(depth, { params: ['u64'], returns: ['u64'] }, [
  [Op.CopyLoc, 0], [Op.LdU64, 0n], [Op.Eq], [Op.BrFalse, 6], [Op.LdU64, 0n], [Op.Ret],
  [Op.MoveLoc, 0], [Op.LdU64, 1n], [Op.Sub], [Op.Call, depth, []], [Op.LdU64, 1n], [Op.Add], [Op.Ret],
]);
// grow(): push forever
b.fn('grow', { locals: [['vector', 'u8']] }, [[Op.VecPack, 'u8', 0], [Op.StLoc, 0], [Op.MutBorrowLoc, 0], [Op.LdU8, 7], [Op.VecPushBack, 'u8'], [Op.Branch, 2]]);
// spin(): loop {}
b.fn('spin', {}, [[Op.Nop], [Op.Branch, 0]]);
// nest<T>() = nest<vector<T>>()
const nest = b.declare('nest', { typeParams: [0] });
b.define(nest, { typeParams: [0] }, [[Op.Call, nest, [['vector', ['param', 0]]]], [Op.Ret]]);
// fails() aborts with 42 at a known line.
b.fn('fails', { params: ['bool'] }, [[Op.MoveLoc, 0], [Op.BrTrue, 3], [Op.Ret], [Op.LdU64, 42n], [Op.Abort]], [10, 1, 10, 5, 11, 1, 11, 5, 12, 1, 12, 5, 13, 9, 13, 11, 13, 3, 13, 20]);
// A native with no implementation, and one whose implementation throws.
b.native('missing', { returns: ['u64'] });
const boom = b.native('boom', { returns: ['u64'] });
b.fn('calls_boom', { returns: ['u64'] }, [[Op.Call, boom, []], [Op.Ret]]);
const built = b.build();

describe('limits end runaway programs with statuses', () => {
  it('infinite recursion hits the call-depth limit', () => {
    const e = failed(call(loaded([built]), M, 'forever', [V.u64(0)]));
    expect(e.name).toBe('CALL_STACK_OVERFLOW');
    expect(e.code).toBe(EXECUTION_STATUSES.CALL_STACK_OVERFLOW.code);
  });

  it('deep recursion within the limit does not use the JS stack', () => {
    const vm = loaded([built], { maxCallDepth: 200_000 });
    expect(ok(call(vm, M, 'depth', [V.u64(150_000)]))).toEqual([150_000]);
    expect(failed(call(loaded([built], { maxCallDepth: 100 }), M, 'depth', [V.u64(100)])).name).toBe('CALL_STACK_OVERFLOW');
    expect(ok(call(loaded([built], { maxCallDepth: 100 }), M, 'depth', [V.u64(98)]))).toEqual([98]);
  });

  it('a growing vector hits the vector-length limit', () => {
    const e = failed(call(loaded([built], { maxVectorLength: 1000 }), M, 'grow'));
    expect(e.name).toBe('VECTOR_TOO_LONG');
  });

  it('an infinite loop ends with OUT_OF_GAS under a budget', () => {
    const meter = new BudgetGasMeter(10_000);
    const e = failed(call(loaded([built]), M, 'spin', [], [], meter));
    expect(e.name).toBe('OUT_OF_GAS');
    expect(e.location?.function).toBe('spin');
    expect(meter.remaining()).toBe(0);
  });

  it('instantiating ever deeper types hits the type-depth limit', () => {
    expect(failed(call(loaded([built], { maxTypeDepth: 16 }), M, 'nest', [], [T.u8])).name).toBe('TYPE_TOO_DEEP');
  });
});

describe('aborts and failures', () => {
  it('reports module, function, offset, line and code', () => {
    const vm = loaded([built]);
    expect(ok(call(vm, M, 'fails', [false]))).toEqual([]);
    const e = failed(call(vm, M, 'fails', [true]));
    expect(e).toMatchObject({ name: 'ABORTED', code: 4000, abortCode: 42n, location: { module: M, function: 'fails', offset: 4, line: 13, column: 3 } });
  });

  it('a native without an implementation is MISSING_NATIVE when called', () => {
    const e = failed(call(loaded([built]), M, 'missing'));
    expect(e.name).toBe('MISSING_NATIVE');
  });

  it('a native registered after loading is found', () => {
    const natives = new NativeRegistry();
    const vm = new Runtime({ natives });
    expect(vm.load([built]).status).toBe('ok');
    natives.register('0xb::limits::missing', () => [V.u64(9)]);
    expect(ok(call(vm, M, 'missing'))).toEqual([9]);
  });

  it('an exception inside a native becomes INTERPRETER_INVARIANT_VIOLATION', () => {
    const natives = new NativeRegistry().register('0xb::limits::boom', () => {
      throw new Error('kaboom');
    });
    const vm = new Runtime({ natives });
    vm.load([built]);
    const e = failed(vm.call(M, 'calls_boom', [], [], new UnmeteredGasMeter()));
    expect(e.code).toBe(INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION.code);
    expect(e.message).toContain('kaboom');
  });

  it('a native returning the wrong number of values is an invariant violation', () => {
    const natives = new NativeRegistry().register('0xb::limits::boom', () => []);
    const vm = new Runtime({ natives });
    vm.load([built]);
    expect(failed(vm.call(M, 'calls_boom', [], [], new UnmeteredGasMeter())).name).toBe('INTERPRETER_INVARIANT_VIOLATION');
  });
});

describe('linking', () => {
  const lib = new ModuleBuilder('0xc', 'lib');
  lib.fn('f', { params: ['u64'], returns: ['u64'] }, [[Op.MoveLoc, 0], [Op.Ret]]);
  lib.fn('hidden', { visibility: 'private' }, [[Op.Ret]]);
  lib.struct('S', [['x', 'u64']]);
  const libModule = lib.build();

  const user = (sig: { params: ['u64'] | ['u8']; name?: string }) => {
    const u = new ModuleBuilder('0xd', 'user');
    const f = u.importFn(mid('0xc', 'lib'), sig.name ?? 'f', { params: sig.params, returns: ['u64'] });
    u.fn('g', { returns: ['u64'] }, [[Op.LdU64, 3n], [Op.Call, f, []], [Op.Ret]]);
    return u.build();
  };

  it('links a call into another module, loaded in the same batch or before', () => {
    expect(ok(call(loaded([user({ params: ['u64'] }), libModule]), mid('0xd', 'user'), 'g'))).toEqual([3]);
    const vm = loaded([libModule]);
    expect(vm.load([user({ params: ['u64'] })]).status).toBe('ok');
    expect(ok(call(vm, mid('0xd', 'user'), 'g'))).toEqual([3]);
  });

  it('rejects a missing module, a missing function, a signature mismatch and a private target', () => {
    const err = (mods: Parameters<Runtime['load']>[0]) => {
      const r = newRuntime().load(mods);
      if (r.status !== 'error') throw new Error('expected a load error');
      return r.error;
    };
    expect(err([user({ params: ['u64'] })]).name).toBe('LINKER_ERROR');
    expect(err([libModule, user({ params: ['u64'], name: 'nope' })]).name).toBe('LINKER_ERROR');
    expect(err([libModule, user({ params: ['u8'] })]).message).toContain('signature');
    const u = new ModuleBuilder('0xd', 'user');
    u.importFn(mid('0xc', 'lib'), 'hidden');
    expect(err([libModule, u.build()]).message).toContain('not visible');
    const t = new ModuleBuilder('0xd', 'user');
    t.importType(mid('0xc', 'lib'), 'S', { abilities: 0 });
    expect(err([libModule, t.build()]).name).toBe('LINKER_ERROR');
  });

  it('rejects loading a module twice, and a failed batch loads nothing', () => {
    const vm = loaded([libModule]);
    const again = vm.load([libModule]);
    expect(again.status === 'error' && again.error.name).toBe('DUPLICATE_MODULE');
    const vm2 = newRuntime();
    expect(vm2.load([new ModuleBuilder('0xe', 'ok').build(), user({ params: ['u8'] }), libModule]).status).toBe('error');
    expect(vm2.hasModule(mid('0xe', 'ok'))).toBe(false);
  });

  it('an unverifiable function is a load error, not a crash', () => {
    const bad = new ModuleBuilder('0xf', 'bad');
    bad.fn('f', { returns: ['u64'] }, [[Op.LdTrue], [Op.LdU64, 1n], [Op.Add], [Op.Ret]]);
    const r = newRuntime().load([bad.build()]);
    expect(r.status === 'error' && r.error.name).toBe('INTERPRETER_INVARIANT_VIOLATION');
  });
});
