// A copy of an AST without positions, for comparing trees structurally: every `span` key is
// removed at any depth, and so is every key whose value is `undefined` (an absent optional and
// an explicitly undefined one mean the same). bigint and other primitive values are kept as is.

export function stripSpans<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'span' || v === undefined) continue;
      out[k] = strip(v);
    }
    return out;
  }
  return value;
}
