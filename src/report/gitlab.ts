/**
 * `--error-format gitlab-code-quality`: a GitLab Code Quality report as buf writes it. One JSON
 * array on one line, one issue a finding, keys in buf's order: `description` (the message),
 * `check_name` (the rule ID), `fingerprint`, `location` (`path` and `positions.begin/end`, each a
 * `line` and `column`), `severity` (always `minor`, as in buf). A finding about no file has neither
 * path nor numbers (`"positions":{"begin":{},"end":{}}`); a finding in a file without a location is
 * at 1:1, as in the other formats. Nothing is printed when there are no findings.
 *
 * The fingerprint is buf's, so GitLab matches issues across runs of either tool: the SHAKE256
 * digest (64 bytes, in hex) of the issue's own JSON without the fingerprint. That JSON is Go's
 * (encoding/json escapes `<`, `>` and `&`), and the printed bytes are the same Go bytes.
 */
import { createHash } from "node:crypto";
import type { Finding } from "../engine/rule.js";
import { goJsonString, shownPosition } from "./format.js";

export function formatGitlab(findings: readonly Finding[]): string {
  if (findings.length === 0) return "";
  return `[${findings.map(issue).join(",")}]\n`;
}

/** One issue; its fields are left out when empty or zero, as Go's `omitempty` does. */
function issue(f: Finding): string {
  const head: string[] = [];
  if (f.message !== "") head.push(`"description":${goJsonString(f.message)}`);
  if (f.ruleId !== "") head.push(`"check_name":${goJsonString(f.ruleId)}`);
  let location: string;
  if (f.file === undefined) location = `{"positions":{"begin":{},"end":{}}}`;
  else {
    const p = shownPosition(f);
    const where = goJsonString(f.displayPath ?? f.file);
    location = `{"path":${where},"positions":{"begin":{"line":${p.line},"column":${p.column}},"end":{"line":${p.endLine},"column":${p.endColumn}}}}`;
  }
  const tail = [`"location":${location}`, `"severity":"minor"`];
  const fingerprint = createHash("shake256", { outputLength: 64 })
    .update(`{${[...head, ...tail].join(",")}}`, "utf8")
    .digest("hex");
  return `{${[...head, `"fingerprint":"${fingerprint}"`, ...tail].join(",")}}`;
}
