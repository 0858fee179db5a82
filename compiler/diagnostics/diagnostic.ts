// The Diagnostic value: a code from the table, a message, a primary labelled span,
// secondary labels (often where the fix goes) and free-form notes. Diagnostics are data:
// stages accumulate them in a Reporter and never throw them.

import { CODES, type DiagnosticCode, type Severity, severityOf } from './codes.js';
import type { Span } from './source.js';

export interface Label {
  span: Span;
  message: string;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  primary: Label;
  secondary: Label[];
  notes: string[];
}

export interface DiagnosticOptions {
  /** Message of the whole diagnostic; defaults to the code's title. */
  message?: string;
  /** Text under the primary span's carets. */
  label?: string;
  secondary?: Label[];
  notes?: string[];
}

export function diagnostic(code: DiagnosticCode, span: Span, options: DiagnosticOptions = {}): Diagnostic {
  return {
    code,
    severity: severityOf(code),
    message: options.message ?? CODES[code].title,
    primary: { span, message: options.label ?? '' },
    secondary: options.secondary ?? [],
    notes: options.notes ?? [],
  };
}

/** Collects the diagnostics of one compilation, in the order they were found. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  report(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  add(code: DiagnosticCode, span: Span, options?: DiagnosticOptions): Diagnostic {
    const d = diagnostic(code, span, options);
    this.diagnostics.push(d);
    return d;
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order for output: by file, then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.primary.span.file < b.primary.span.file ? -1 : a.primary.span.file > b.primary.span.file ? 1 : 0) ||
      a.primary.span.start - b.primary.span.start ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
