// The valid fixture passes every check, alone and linked against the framework stubs.

import { describe, expect, it } from 'vitest';
import { verifyModule } from '../../../vm/verifier/index.js';
import { validObjectModule } from './fixtures.js';

describe('a valid module', () => {
  it('verifies alone and with its dependencies', () => {
    const { module, deps } = validObjectModule();
    expect(verifyModule(module)).toEqual({ ok: true });
    expect(verifyModule(module, deps)).toEqual({ ok: true });
  });
});
