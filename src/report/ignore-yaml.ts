/**
 * `--error-format config-ignore-yaml` (lint only): the `ignore_only` block that would silence every
 * finding, to paste into buf.yaml when adopting lint on an existing API, printed as buf prints it:
 *
 * ```yaml
 * version: v1
 * lint:
 *   ignore_only:
 *     FIELD_LOWER_SNAKE_CASE:
 *       - acme/v1/a.proto
 * ```
 *
 * Rule IDs and, under each, the files are sorted byte-wise; the paths are module-relative (v1 config
 * paths), not as shown elsewhere, and the header is always `version: v1`, as in buf: in a v2
 * workspace the paths need their module directory in front. Findings about no file are left out.
 * Compile errors cannot be ignored: buf prints them as text lines instead, and so does this.
 */
import type { Finding } from "../engine/rule.js";
import { textLine } from "./format.js";

export function formatConfigIgnoreYaml(findings: readonly Finding[]): string {
  let out = "";
  const filesById = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.ruleId === "COMPILE") out += textLine(f) + "\n";
    else if (f.file !== undefined) {
      let files = filesById.get(f.ruleId);
      if (!files) filesById.set(f.ruleId, (files = new Set()));
      files.add(f.file);
    }
  }
  if (filesById.size === 0) return out;
  out += "version: v1\nlint:\n  ignore_only:\n";
  for (const id of [...filesById.keys()].sort(byteOrder)) {
    out += `    ${id}:\n`;
    for (const file of [...filesById.get(id)!].sort(byteOrder)) out += `      - ${file}\n`;
  }
  return out;
}

/** Go's string order: by UTF-8 bytes. */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
