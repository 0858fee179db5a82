// The diagnostics reference, generated from the code table: codes in, Markdown out.
// docs/DIAGNOSTICS.md is this output; a test fails when the file is stale
// (`npm run docs` rewrites it).

import { CATEGORIES, CODES, type DiagnosticCode, severityOf } from './codes.js';

export function renderReference(): string {
  const out: string[] = [
    '# Diagnostics reference',
    '',
    '<!-- Generated from compiler/diagnostics/codes.ts by `npm run docs`. Do not edit by hand. -->',
    '',
    'Every diagnostic has a code: `E` for errors, `W` for warnings, then two digits of category',
    'and three of number. `deed explain CODE` prints one entry.',
    '',
  ];
  const codes = Object.keys(CODES) as DiagnosticCode[];
  // Sorted explicitly: integer-like keys such as "10" would otherwise come first.
  for (const [cat, name] of Object.entries(CATEGORIES).sort(([a], [b]) => a.localeCompare(b))) {
    const inCat = codes.filter((c) => c.slice(1, 3) === cat);
    if (inCat.length === 0) continue;
    out.push(`## ${cat}: ${name}`, '');
    for (const code of inCat) out.push(`### ${code}: ${CODES[code].title}`, '', `${severityOf(code)}. ${CODES[code].explanation}`, '');
  }
  return out.join('\n');
}

export function explain(code: string): string | undefined {
  const key = code.toUpperCase() as DiagnosticCode;
  const info = CODES[key];
  if (!info) return undefined;
  return `${key}: ${info.title} (${severityOf(key)})\n\n${info.explanation}\n`;
}
