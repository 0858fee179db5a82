// Golden tests for the declaration checks (test/golden/declarations/): see test/golden/golden.ts.

import { describe } from 'vitest';
import { goldenTests } from '../golden/golden.js';

describe('declarations golden files', () => {
  goldenTests('declarations');
});
