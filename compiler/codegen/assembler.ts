// One function's instruction stream: instructions with their source spans in, the final code
// (branch targets resolved) and the line table out.
//
// Labels stand for instruction offsets not known yet. Code after an unconditional jump, `Ret` or
// `Abort` is unreachable until a label that some jump targets is bound, and is not emitted: the
// bytecode holds no dead code for the verifier to reason about.

import type { Span } from '../diagnostics/source.js';
import type { SourceMap } from '../diagnostics/source.js';
import { Op, type Instr, type Operand } from '../../vm/bytecode/opcodes.js';
import { ice } from './module-builder.js';

export type Label = number;

const TERMINAL: ReadonlySet<number> = new Set([Op.Ret, Op.Abort, Op.Branch]);

export class Assembler {
  readonly code: Instr[] = [];
  private readonly lines: number[] = [];
  private readonly offsets: number[] = [];
  private readonly referenced: boolean[] = [];
  /** Instructions whose operand `operand` (or list element `element`) is a label to patch. */
  private readonly fixups: Array<{ instr: number; operand: number; element?: number; label: Label }> = [];
  private live = true;
  /** Macro calls being expanded, outermost first: code from a macro's file maps to the call. */
  readonly sites: Span[] = [];

  constructor(
    private readonly sources: SourceMap,
    private readonly home: string,
  ) {}

  get reachable(): boolean {
    return this.live;
  }

  /** As in Sui, code of an expanded macro is located at the macro's call. */
  locate(span: Span): Span {
    return span.file !== this.home && this.sites.length > 0 ? this.sites[0]! : span;
  }

  newLabel(): Label {
    this.offsets.push(-1);
    this.referenced.push(false);
    return this.offsets.length - 1;
  }

  /** Places a label here. Code after it is reachable if anything jumps to it (or falls in). */
  bind(label: Label): void {
    this.offsets[label] = this.code.length;
    if (this.referenced[label]) this.live = true;
  }

  /** A label at the current position that later (backward) jumps may target. */
  here(): Label {
    const l = this.newLabel();
    this.referenced[l] = true;
    this.bind(l);
    return l;
  }

  emit(span: Span, op: number, ...operands: Operand[]): void {
    if (!this.live) return;
    this.code.push([op, ...operands]);
    span = this.locate(span);
    const p = this.sources.get(span.file);
    if (p) {
      const a = p.position(span.start);
      const b = p.position(span.end);
      this.lines.push(a.line, a.column, b.line, b.column);
    } else this.lines.push(0, 0, 0, 0);
    if (TERMINAL.has(op)) this.live = false;
  }

  jump(span: Span, op: typeof Op.Branch | typeof Op.BrTrue | typeof Op.BrFalse, label: Label): void {
    if (!this.live) return;
    this.referenced[label] = true;
    this.fixups.push({ instr: this.code.length, operand: 1, label });
    this.emit(span, op, -1);
  }

  /** `VariantSwitch` with one label per variant. */
  switch(span: Span, datatype: number, labels: readonly Label[]): void {
    if (!this.live) return;
    labels.forEach((label, element) => {
      this.referenced[label] = true;
      this.fixups.push({ instr: this.code.length, operand: 2, element, label });
    });
    this.emit(span, Op.VariantSwitch, datatype, labels.map(() => -1));
    // A switch always jumps: what follows is reachable only through a label.
    this.live = false;
  }

  finish(): { code: Instr[]; lines: number[] } {
    for (const f of this.fixups) {
      const target = this.offsets[f.label]!;
      if (target < 0) ice('jump to a label that was never placed');
      if (target >= this.code.length) ice('jump past the end of the function');
      const instr = this.code[f.instr]! as unknown as Operand[];
      if (f.element === undefined) instr[f.operand] = target;
      else (instr[f.operand] as number[])[f.element] = target;
    }
    return { code: this.code, lines: this.lines };
  }
}
