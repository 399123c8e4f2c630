/**
 * `--error-format github-actions`: GitHub workflow commands that become annotations,
 * `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC::MESSAGE`, in buf's shape (no title,
 * no rule ID; a finding about no file is `::error file=<input>::MESSAGE`).
 *
 * Deliberate difference from buf: buf writes the path and message as they are. protoguard escapes
 * them by GitHub's workflow-command rules (`%` → `%25`, CR → `%0D`, LF → `%0A` in the message; also
 * `:` → `%3A` and `,` → `%2C` in properties), so a file name or message carrying untrusted text can
 * never end the command early or start a new one (`::set-output`, `::add-mask`, ...). For ordinary
 * paths and messages the bytes are the same as buf's.
 */
import type { Finding } from "../engine/rule.js";
import { shownPath, shownPosition } from "./format.js";

export function formatGithub(findings: readonly Finding[]): string {
  let out = "";
  for (const f of findings) {
    const level = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
    let props = `file=${escapeProperty(shownPath(f))}`;
    if (f.file !== undefined) {
      const p = shownPosition(f);
      props += `,line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn}`;
    }
    out += `::${level} ${props}::${escapeData(f.message)}\n`;
  }
  return out;
}

/** Escaping of a workflow command's message. */
export function escapeData(s: string): string {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Escaping of a workflow command's property values. */
export function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
