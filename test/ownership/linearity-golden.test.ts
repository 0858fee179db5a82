// Golden tests for the linearity analysis (test/golden/linearity/): see test/golden/golden.ts.

import { describe } from 'vitest';
import { goldenTests } from '../golden/golden.js';

describe('linearity golden files', () => {
  goldenTests('linearity');
});
