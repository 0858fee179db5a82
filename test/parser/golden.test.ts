// Golden tests for the front end (test/golden/parser/): see test/golden/golden.ts.

import { describe, expect, it } from 'vitest';
import { countCases, goldenTests } from '../golden/golden.js';

describe('parser golden files', () => {
  it('has the corpus the issue asks for', () => {
    const { valid, invalid } = countCases('parser');
    expect(valid).toBeGreaterThanOrEqual(40);
    expect(invalid).toBeGreaterThanOrEqual(25);
  });

  goldenTests('parser');
});
