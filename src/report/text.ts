/** `--error-format text` (the default): buf's `path:line:column:message`, one finding a line. */
import type { Finding } from "../engine/rule.js";
import { textLine } from "./format.js";

export function formatText(findings: readonly Finding[]): string {
  let out = "";
  for (const f of findings) out += textLine(f) + "\n";
  return out;
}
