/**
 * What every reporter shares: how a finding's path and position are shown.
 *
 * buf prints a finding without a location at 1:1 (lines and columns are clamped to at least 1),
 * and a finding about no file at all (a deleted file, in breaking) under the path `<input>`.
 */
import type { Finding } from "../engine/rule.js";

/** The path shown for a finding's file (relative to the current directory, module dir included). */
export function shownPath(f: Finding): string {
  return f.file === undefined ? "<input>" : (f.displayPath ?? f.file);
}

export interface ShownPosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The finding's position with every number at least 1, as buf prints it. */
export function shownPosition(f: Finding): ShownPosition {
  return {
    line: Math.max(f.startLine, 1),
    column: Math.max(f.startColumn, 1),
    endLine: Math.max(f.endLine, 1),
    endColumn: Math.max(f.endColumn, 1),
  };
}

/** buf's text line, without the newline: `path:line:column:message` (no rule ID, as in buf). */
export function textLine(f: Finding): string {
  const p = shownPosition(f);
  return `${shownPath(f)}:${p.line}:${p.column}:${f.message}`;
}


/** Lone UTF-16 surrogates: Go has no such strings, and writes U+FFFD for the bytes they become. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What Go escapes and `JSON.stringify` does not. */
const GO_ESCAPED = /[<>&\u2028\u2029]/g;

/**
 * A JSON string literal as Go's encoding/json writes it: like `JSON.stringify`, but with `<`, `>`,
 * `&`, U+2028 and U+2029 as `\u` escapes and lone surrogates as U+FFFD. Most strings have none of
 * these and take one pass of `JSON.stringify` and two searches.
 */
export function goJsonString(s: string): string {
  const json = JSON.stringify(/[\ud800-\udfff]/.test(s) ? s.replace(LONE_SURROGATE, "\ufffd") : s);
  return json.search(GO_ESCAPED) === -1 ? json : json.replace(GO_ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
