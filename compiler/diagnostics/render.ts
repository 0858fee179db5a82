// Diagnostics -> text for people and JSON for tools.
// Text form: `error[E01002]: message`, then `--> file:line:col`, the source line, carets under
// the primary span with its label, dashes under secondary spans, and `= note:` lines.
// Colour is applied only when the caller says the output is a TTY.

import pc from 'picocolors';
import type { Diagnostic, Label } from './diagnostic.js';
import type { SourceFile, SourceMap, Span } from './source.js';

export interface RenderOptions {
  color?: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

export function renderDiagnostics(diagnostics: readonly Diagnostic[], sources: SourceMap, options: RenderOptions = {}): string {
  return diagnostics.map((d) => renderDiagnostic(d, sources, options)).join('\n');
}

export function renderDiagnostic(d: Diagnostic, sources: SourceMap, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const sevColor = d.severity === 'error' ? c.red : c.yellow;
  const out: string[] = [];
  out.push(`${c.bold(sevColor(`${d.severity}[${d.code}]`))}${c.bold(`: ${d.message}`)}`);

  const file = sources.get(d.primary.span.file);
  if (!file) {
    out.push(`  --> ${d.primary.span.file}`);
  } else {
    const labels: Array<{ label: Label; primary: boolean }> = [
      { label: d.primary, primary: true },
      ...d.secondary.filter((l) => l.span.file === d.primary.span.file).map((label) => ({ label, primary: false })),
    ];
    const lines = [...new Set(labels.map((l) => file.position(l.label.span.start).line))].sort((a, b) => a - b);
    const gutter = String(lines[lines.length - 1]).length;
    const pad = ' '.repeat(gutter);
    const pos = file.position(d.primary.span.start);
    out.push(`${pad}${c.blue('-->')} ${d.primary.span.file}:${pos.line}:${pos.column}`);
    out.push(`${pad} ${c.blue('|')}`);
    let previous = 0;
    for (const line of lines) {
      if (previous !== 0 && line > previous + 1) out.push(c.blue('...'));
      previous = line;
      out.push(`${c.blue(String(line).padStart(gutter))} ${c.blue('|')} ${expandTabs(file.lineText(line))}`);
      // Labels of one line are drawn left to right, one per row.
      const onLine = labels.filter((l) => file.position(l.label.span.start).line === line).sort((a, b) => a.label.span.start - b.label.span.start);
      for (const { label, primary } of onLine) {
        out.push(`${pad} ${c.blue('|')} ${underline(file, label.span, line, primary, c, sevColor)}${label.message ? ' ' + (primary ? sevColor(label.message) : c.blue(label.message)) : ''}`);
      }
    }
    for (const l of d.secondary.filter((l) => l.span.file !== d.primary.span.file)) {
      const other = sources.get(l.span.file);
      const p = other?.position(l.span.start);
      out.push(`${pad} ${c.blue('=')} ${l.span.file}${p ? `:${p.line}:${p.column}` : ''}: ${l.message}`);
    }
    if (d.notes.length > 0) out.push(`${pad} ${c.blue('|')}`);
  }
  for (const note of d.notes) {
    out.push(`${' '.repeat(file ? String(file.position(d.primary.span.start).line).length : 1)} ${c.blue('=')} ${c.bold('note')}: ${note}`);
  }
  return out.join('\n') + '\n';
}

// Tabs would misalign the carets, so the source line and the caret line both expand them.
function expandTabs(s: string): string {
  return s.replace(/\t/g, '    ');
}

function underline(file: SourceFile, span: Span, line: number, primary: boolean, c: Colors, sevColor: (s: string) => string): string {
  const text = file.lineText(line);
  const startCol = file.position(span.start).column - 1;
  const endPos = file.position(Math.max(span.start, span.end));
  // A span running over several lines is underlined to the end of its first line.
  const endCol = endPos.line === line ? endPos.column - 1 : text.length;
  const width = Math.max(1, expandTabs(text.slice(startCol, endCol)).length);
  const lead = expandTabs(text.slice(0, startCol)).length;
  const mark = (primary ? '^' : '-').repeat(width);
  return ' '.repeat(lead) + (primary ? sevColor(mark) : c.blue(mark));
}

export interface JsonDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  label: string;
  labels: Array<{ message: string; file: string; line: number; column: number }>;
  notes: string[];
}

/** The JSON form of one diagnostic: positions are 1-based; `label` is the primary label's text. */
export function diagnosticToJson(d: Diagnostic, sources: SourceMap): JsonDiagnostic {
  const at = (span: Span) => sources.get(span.file)?.position(span.start) ?? { line: 1, column: 1 };
  const start = at(d.primary.span);
  const end = sources.get(d.primary.span.file)?.position(d.primary.span.end) ?? start;
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.primary.span.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    label: d.primary.message,
    labels: d.secondary.map((l) => ({ message: l.message, file: l.span.file, ...at(l.span) })),
    notes: d.notes,
  };
}
