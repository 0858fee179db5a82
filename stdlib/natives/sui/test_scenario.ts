// Natives of sui::test_scenario. In: the calls test_scenario.move makes (take by ID, inventory
// queries, "was it taken" checks, receiving tickets, end_transaction) and the TestScenario that
// the test runner installed in NativeContext.extensions (vm/testing/scenario.ts). Out: objects,
// Option<ID>, vector<ID>, bool, u64 and TransactionEffects values, or test_scenario's abort codes.
// Outside a test run (no scenario installed) they fail with NATIVE_ERROR.

import type { NativeContext, NativeFunction, NativeResult } from '../../../vm/runtime/natives.js';
import { NativeFailure } from '../../../vm/runtime/natives.js';
import { EXECUTION_STATUSES as S } from '../../../vm/runtime/status.js';
import type { RuntimeType } from '../../../vm/runtime/types.js';
import type { Value } from '../../../vm/runtime/values.js';
import { u64 } from '../../../vm/runtime/values.js';
import { TEST_SCENARIO_KEY, type InventoryKind, type Outcome, type TestScenario } from '../../../vm/testing/scenario.js';

const M = '0x2::test_scenario::';

function scenarioOf(ctx: NativeContext): TestScenario | undefined {
  return ctx.extensions.get(TEST_SCENARIO_KEY) as TestScenario | undefined;
}

/** The address inside an `ID` value. */
function idOf(v: Value): string {
  return (v as Value[])[0] as string;
}

function option(id: string | undefined): Value {
  return [id === undefined ? [] : [[id]]];
}

function result<T>(o: Outcome<T>, f: (x: T) => Value[]): NativeResult {
  return 'abort' in o ? NativeFailure.abort(o.abort) : f(o.ok);
}

/** Wraps a native body with the scenario lookup. */
function native(name: string, body: (s: TestScenario, t: readonly RuntimeType[], args: Value[]) => NativeResult): NativeFunction {
  return (ctx, t, args) => {
    const s = scenarioOf(ctx);
    if (s === undefined) return NativeFailure.status(S.NATIVE_ERROR, `${M}${name} runs only under \`deed test\``);
    return body(s, t, args);
  };
}

const take = (kind: InventoryKind) =>
  native(`take_${kind}`, (s, [t], args) => {
    // take_from_address_by_id(scenario, account, id); the shared/immutable forms (scenario, id).
    const account = kind === 'address' ? (args[1] as string) : undefined;
    return result(s.take(kind, t!, idOf(args[kind === 'address' ? 2 : 1]!), account), (v) => [v]);
  });

export const testScenarioNatives: Record<string, NativeFunction> = {
  [M + 'take_from_address_by_id']: take('address'),
  [M + 'take_shared_by_id']: take('shared'),
  [M + 'take_immutable_by_id']: take('immutable'),
  [M + 'most_recent_id_for_address']: native('most_recent_id_for_address', (s, [t], [account]) => [option(s.mostRecent('address', t!, account as string))]),
  [M + 'most_recent_id_shared']: native('most_recent_id_shared', (s, [t]) => [option(s.mostRecent('shared', t!))]),
  [M + 'most_recent_immutable_id']: native('most_recent_immutable_id', (s, [t]) => [option(s.mostRecent('immutable', t!))]),
  [M + 'ids_for_address']: native('ids_for_address', (s, [t], [account]) => [s.ids('address', t!, account as string).map((id) => [id])]),
  [M + 'was_taken_from_address']: native('was_taken_from_address', (s, _t, [account, id]) => [s.wasTaken('address', idOf(id!), account as string)]),
  [M + 'was_taken_shared']: native('was_taken_shared', (s, _t, [id]) => [s.wasTaken('shared', idOf(id!))]),
  [M + 'was_taken_immutable']: native('was_taken_immutable', (s, _t, [id]) => [s.wasTaken('immutable', idOf(id!))]),
  [M + 'allocate_receiving_ticket_for_object']: native('allocate_receiving_ticket_for_object', (s, [t], [id]) => result(s.allocateReceivingTicket(t!, idOf(id!)), (v) => [u64(v)])),
  [M + 'deallocate_receiving_ticket_for_object']: native('deallocate_receiving_ticket_for_object', (s, _t, [id]) => result(s.deallocateReceivingTicket(idOf(id!)), () => [])),
  [M + 'end_transaction']: (ctx) => {
    const s = scenarioOf(ctx);
    if (s === undefined) return NativeFailure.status(S.NATIVE_ERROR, `${M}end_transaction runs only under \`deed test\``);
    return result(s.endTransaction((t) => ctx.layout(t)), (v) => [v]);
  },
};
