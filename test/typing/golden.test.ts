// Golden tests for the typing stage (test/golden/types/): see test/golden/golden.ts.

import { describe } from 'vitest';
import { goldenTests } from '../golden/golden.js';

describe('types golden files', () => {
  goldenTests('types');
});
