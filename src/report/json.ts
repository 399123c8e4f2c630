/**
 * `--error-format json`: buf's shape, one compact object a line with the keys in buf's order;
 * `path` is left out for a finding about no file.
 */
import type { Finding } from "../engine/rule.js";
import { shownPosition } from "./format.js";

export function formatJson(findings: readonly Finding[]): string {
  let out = "";
  for (const f of findings) {
    const p = shownPosition(f);
    out +=
      JSON.stringify({
        ...(f.file !== undefined ? { path: f.displayPath ?? f.file } : {}),
        start_line: p.line,
        start_column: p.column,
        end_line: p.endLine,
        end_column: p.endColumn,
        type: f.ruleId,
        message: f.message,
      }) + "\n";
  }
  return out;
}
