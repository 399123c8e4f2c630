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
  const base = {
    ruleId,
    severity,
    message,
    file: file.name,
    displayPath: file.displayPath,
    ...(extras?.fix ? { fix: extras.fix } : {}),
  };
  if (!location) {
    return { ...base, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, elementPath: undefined };
  }
  return {
    ...base,
    startLine: location.startLine + 1,
    startColumn: location.startColumn + 1,
    endLine: location.endLine + 1,
    endColumn: location.endColumn + 1,
    elementPath,
  };
}

/** buf's order: path (as shown), start line, start column, rule ID, message, end line, end column. Findings without a file come first. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = a.file === undefined ? undefined : (a.displayPath ?? a.file);
  const pb = b.file === undefined ? undefined : (b.displayPath ?? b.file);
  if (pa !== pb) {
    if (pa === undefined) return -1;
    if (pb === undefined) return 1;
    return pa < pb ? -1 : 1;
  }
  return (
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Identity of a finding for de-duplication (buf hashes path, positions, type and message). */
function key(f: Finding): string {
  const p = f.file === undefined ? "" : (f.displayPath ?? f.file);
  return `${p}\0${f.startLine}\0${f.startColumn}\0${f.endLine}\0${f.endColumn}\0${f.ruleId}\0${f.message}`;
}

/** Drops exact duplicates (first kept) and sorts stably in buf's order. */
export function dedupeAndSort(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const k = key(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out.sort(compareFindings);
}

/** `path:line:col:RULE_ID:message`, a compact form for tests and debugging (line/column ≥ 1). */
export function formatFinding(f: Finding): string {
  const p = f.file === undefined ? "<input>" : (f.displayPath ?? f.file);
  return `${p}:${Math.max(f.startLine, 1)}:${Math.max(f.startColumn, 1)}:${f.ruleId}:${f.message}`;
}
