/**
 * Findings as values: building them from source-info locations, and putting a list of them in
 * buf's order.
 *
 * Source info counts lines and columns from 0; findings count from 1 (buf's lint output), with the
 * end column exclusive in both. A finding without a location keeps line and column 0 (printed as
 * 1:1 by the reporters) and no element path, so no comment can silence it — as in buf.
 */
import type { Location, ProtoFile } from "./model.js";
import type { Finding, ReportExtras, Severity } from "./rule.js";

/** A finding at `location` (0-based, from SourceCodeInfo) in `file`, or without a location. */
export function findingAt(
  ruleId: string,
  message: string,
  file: ProtoFile,
  location: Location | undefined,
  elementPath: readonly number[] | undefined,
  extras?: ReportExtras,
  severity: Severity = "error",
): Finding {
  // Object literals with one fixed shape (no spreads): lint can produce ~100k findings per run.
  const displayPath = file.displayPath;
  if (!location) {
    return extras?.fix
      ? { ruleId, severity, message, file: file.name, displayPath, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, elementPath: undefined, fix: extras.fix }
      : { ruleId, severity, message, file: file.name, displayPath, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, elementPath: undefined };
  }
  const startLine = location.startLine + 1;
  const startColumn = location.startColumn + 1;
  const endLine = location.endLine + 1;
  const endColumn = location.endColumn + 1;
  return extras?.fix
    ? { ruleId, severity, message, file: file.name, displayPath, startLine, startColumn, endLine, endColumn, elementPath, fix: extras.fix }
    : { ruleId, severity, message, file: file.name, displayPath, startLine, startColumn, endLine, endColumn, elementPath };
}

/**
 * buf's order: path (as shown), start line, start column, rule ID, message, end line, end column;
 * findings without a file come first.
 */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = a.file === undefined ? undefined : (a.displayPath ?? a.file);
  const pb = b.file === undefined ? undefined : (b.displayPath ?? b.file);
  if (pa !== pb) {
    if (pa === undefined) return -1;
    if (pb === undefined) return 1;
    return pa < pb ? -1 : 1;
  }
  // A finding without a location (0) sorts as 1:1, where buf prints it (probed: buf 1.75 puts
  // SYNTAX_SPECIFIED after PACKAGE_DIRECTORY_MATCH reported at 1:1).
  return (
    one(a.startLine) - one(b.startLine) ||
    one(a.startColumn) - one(b.startColumn) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message) ||
    one(a.endLine) - one(b.endLine) ||
    one(a.endColumn) - one(b.endColumn)
  );
}

function one(n: number): number {
  return n < 1 ? 1 : n;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts stably in buf's order and drops exact duplicates (same path, positions, rule ID and
 * message — buf's identity of a finding), keeping the first. The sort key covers the whole
 * identity, so duplicates end up next to each other.
 */
export function dedupeAndSort(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const out: Finding[] = [];
  let last: Finding | undefined;
  for (const f of sorted) {
    if (last && compareFindings(last, f) === 0) continue;
    out.push(f);
    last = f;
  }
  return out;
}

/** `path:line:col:RULE_ID:message`, a compact form for tests and debugging (line/column ≥ 1). */
export function formatFinding(f: Finding): string {
  const p = f.file === undefined ? "<input>" : (f.displayPath ?? f.file);
  return `${p}:${Math.max(f.startLine, 1)}:${Math.max(f.startColumn, 1)}:${f.ruleId}:${f.message}`;
}
