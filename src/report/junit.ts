/**
 * `--error-format junit`: buf's JUnit XML. One `<testsuite>` per file (named by its path without
 * `.proto`), one failing `<testcase>` per finding named `RULE_ID_line_column`, the whole text line
 * as the failure message; 2-space indentation, no XML prolog, nothing at all when clean.
 * Attribute text is escaped as Go's encoding/xml does (`"` → `&#34;`), so output matches buf's.
 */
import type { Finding } from "../engine/rule.js";
import { shownPath, shownPosition, textLine } from "./format.js";

export function formatJunit(findings: readonly Finding[]): string {
  if (findings.length === 0) return "";
  const suites = new Map<string, Finding[]>();
  for (const f of findings) {
    const p = shownPath(f);
    let list = suites.get(p);
    if (!list) suites.set(p, (list = []));
    list.push(f);
  }
  let out = "<testsuites>\n";
  for (const [p, list] of suites) {
    const name = p.endsWith(".proto") ? p.slice(0, -".proto".length) : p;
    out += `  <testsuite name="${xml(name)}" tests="${list.length}" failures="${list.length}" errors="0">\n`;
    for (const f of list) {
      const pos = shownPosition(f);
      const caseName = f.file === undefined ? f.ruleId : `${f.ruleId}_${pos.line}_${pos.column}`;
      out += `    <testcase name="${xml(caseName)}">\n`;
      out += `      <failure message="${xml(textLine(f))}" type="${xml(f.ruleId)}"></failure>\n`;
      out += `    </testcase>\n`;
    }
    out += `  </testsuite>\n`;
  }
  return out + "</testsuites>\n";
}

/** Go's xml.EscapeText: the five specials as numeric or named references, and tab/CR/LF. */
/** Characters {@link xml} may change; most text has none and is returned as it is. */
const XML_SPECIAL = /[&<>"'\x00-\x1f\ud800-\udfff\ufffe\uffff]/;

function xml(s: string): string {
  if (!XML_SPECIAL.test(s)) return s;
  let out = "";
  for (const ch of s) {
    switch (ch) {
      case "&": out += "&amp;"; break;
      case "<": out += "&lt;"; break;
      case ">": out += "&gt;"; break;
      case '"': out += "&#34;"; break;
      case "'": out += "&#39;"; break;
      case "\t": out += "&#x9;"; break;
      case "\n": out += "&#xA;"; break;
      case "\r": out += "&#xD;"; break;
      default: {
        const c = ch.codePointAt(0)!;
        // Characters XML 1.0 cannot hold become U+FFFD, as in Go.
        const ok = c >= 0x20 ? !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfffe && c !== 0xffff : false;
        out += ok ? ch : "\uFFFD";
      }
    }
  }
  return out;
}
