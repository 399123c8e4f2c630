/**
 * Compiler diagnostics: errors and warnings as values with a location, never exceptions.
 *
 * A diagnostic names its file and a range of offsets in that file's text; line/column are computed
 * from the {@link LineTable} when it is printed. Columns in compiler diagnostics count UTF-8 bytes,
 * as buf's compile errors do (shared/reference/descriptors.md §13); lint findings use display width.
 */
import type { SourceText } from "./ast.js";
import { lineTable } from "./position.js";

export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  /** Path of the file, relative to its import root. */
  readonly file: string;
  /** Offsets into the file's text (UTF-16 units), end exclusive; both 0 for "no location". */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The file's text, to compute line/column lazily (absent for file-less diagnostics). */
  readonly source?: SourceText;
}

/** Collects diagnostics; passed to every compiler stage. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  error(source: SourceText | undefined, start: number, end: number, message: string, file?: string): void {
    this.push({ severity: "error", file: source?.path ?? file ?? "", start, end, message, ...(source ? { source } : {}) });
  }

  warning(source: SourceText | undefined, start: number, end: number, message: string, file?: string): void {
    this.push({ severity: "warning", file: source?.path ?? file ?? "", start, end, message, ...(source ? { source } : {}) });
  }

  push(d: Diagnostic): void {
    this.list.push(d);
  }

  get errorCount(): number {
    let n = 0;
    for (const d of this.list) if (d.severity === "error") n++;
    return n;
  }

  /** Errors for one file, or all errors. */
  errors(file?: string): Diagnostic[] {
    return this.list.filter((d) => d.severity === "error" && (file === undefined || d.file === file));
  }
}

/** 1-based line and column of a diagnostic's start and (exclusive) end; column counts UTF-8 bytes. */
export interface DiagnosticPosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function diagnosticPosition(d: Diagnostic): DiagnosticPosition {
  if (!d.source) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const t = lineTable(d.source);
  const s = t.byteLineCol(d.start);
  const e = t.byteLineCol(d.end);
  return { line: s.line + 1, column: s.col + 1, endLine: e.line + 1, endColumn: e.col + 1 };
}

/** `path:line:col:message`, buf's text format for compile errors. */
export function formatDiagnostic(d: Diagnostic): string {
  const p = diagnosticPosition(d);
  return `${d.file}:${p.line}:${p.column}:${d.message}`;
}

/**
 * Sorts by file, then start, then message, as buf prints compile errors: two errors starting at
 * the same place are in message order whatever their ends (probed: "cannot find `a中.b` in this scope"
 * before "non-ASCII identifiers are not allowed" over `a中`).
 */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
