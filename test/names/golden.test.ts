// Golden tests for the names stage (test/golden/names/): see test/golden/golden.ts.

import { describe } from 'vitest';
import { goldenTests } from '../golden/golden.js';

describe('names golden files', () => {
  goldenTests('names');
});
