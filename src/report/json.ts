/**
 * `--error-format json`: buf's shape, one compact object a line with the keys in buf's order;
 * `path` is left out for a finding about no file. Strings are written as Go's encoding/json
 * writes them (`&` as `\u0026`, ...), so the bytes are buf's.
 */
import type { Finding } from "../engine/rule.js";
import { goJsonString, shownPosition } from "./format.js";

export function formatJson(findings: readonly Finding[]): string {
  let out = "";
  for (const f of findings) {
    const p = shownPosition(f);
    const path = f.file !== undefined ? `"path":${goJsonString(f.displayPath ?? f.file)},` : "";
    out +=
      `{${path}"start_line":${p.line},"start_column":${p.column},"end_line":${p.endLine},"end_column":${p.endColumn},` +
      `"type":${goJsonString(f.ruleId)},"message":${goJsonString(f.message)}}\n`;
  }
  return out;
}
