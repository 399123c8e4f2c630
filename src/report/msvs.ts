/** `--error-format msvs`: Visual Studio's `path(line,column) : error RULE_ID : message`, as buf prints it. */
import type { Finding } from "../engine/rule.js";
import { shownPath, shownPosition } from "./format.js";

export function formatMsvs(findings: readonly Finding[]): string {
  let out = "";
  for (const f of findings) {
    const p = shownPosition(f);
    const level = f.severity === "error" ? "error" : "warning";
    out += `${shownPath(f)}(${p.line},${p.column}) : ${level} ${f.ruleId} : ${f.message}\n`;
  }
  return out;
}
