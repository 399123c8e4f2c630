/**
 * Golden corpus of syntax errors: each `test/fixtures/parse-errors/X.proto` is lexed and parsed,
 * and its diagnostics, rendered `path:line:col:message` with the source line and a caret line
 * under the span, must equal `X.txt`. `UPDATE_GOLDEN=1` rewrites the `.txt` files.
 *
 * With `BUF_CHECK=1`, every fixture is also built with buf 1.75 (output cached under
 * `.cache/buf-parse-errors/`) and each of our `path:line:col:message` lines must be one buf prints,
 * except for the documented deviations in BUF_DEVIATIONS.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { Diagnostics, formatDiagnostic, sortDiagnostics, type Diagnostic } from "../../src/compiler/diagnostics.js";
import { decodeSource } from "../../src/compiler/lexer.js";
import { parse } from "../../src/compiler/parser.js";

const root = resolve(import.meta.dirname, "../..");
const dir = join(root, "test/fixtures/parse-errors");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".proto")).sort();

/**
 * Fixtures where our text intentionally differs from buf's (buf wins elsewhere). Key: fixture
 * name; value: why.
 */
const BUF_DEVIATIONS: Record<string, string> = {
  "unterminated-string.proto":
    "buf runs an unterminated string to end of file and then reports unmatched delimiters; we end it at the line break and keep parsing",
  "map-missing-close.proto": "buf parses `map<…` generically (type arguments); we report the token where `>` was expected",
  "rpc-errors.proto": "buf reads `rpc M(A returns (B);` as fields after an unmatched `(`; we report the token where `)` was expected",
  "invalid-char.proto": "buf reads `comment?` after `#` as a field with neither name nor tag; we skip the rest of that declaration",
};

/** buf messages that come from linking/validation, not from the grammar. */
const LATER_STAGE = [
  "field number out of range",
  "enum type must define at least one value",
  "cannot find `",
  "use of reserved field number",
  // option values are parsed whole; the option interpreter reports these with buf's spans
  "cannot use `<...>` for message expression here",
  "unexpected array expression in option setting value",
];

/** Renders diagnostics as in the golden files: the buf line, then the source line and carets. */
function render(diags: readonly Diagnostic[]): string {
  const out: string[] = [];
  for (const d of sortDiagnostics(diags)) {
    out.push(formatDiagnostic(d));
    if (!d.source) continue;
    const text = d.source.text;
    const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
    let lineEnd = text.indexOf("\n", d.start);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    let pad = "";
    for (let i = lineStart; i < d.start; i++) pad += text[i] === "\t" ? "\t" : " ";
    const width = Math.max(1, Math.min(d.end, lineEnd) - d.start);
    out.push("  " + line, "  " + pad + "^".repeat(width));
  }
  return out.join("\n") + "\n";
}

function diagnose(file: string): Diagnostic[] {
  const diags = new Diagnostics();
  const source = decodeSource(file, readFileSync(join(dir, file)), diags);
  if (source) parse(source, diags);
  return diags.list;
}

describe("parse-error golden corpus", () => {
  it("has at least 15 fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of fixtures) {
    it(file, () => {
      const diags = diagnose(file);
      expect(diags.length).toBeGreaterThan(0);
      const actual = render(diags);
      const golden = join(dir, file.replace(/\.proto$/, ".txt"));
      if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(golden)) writeFileSync(golden, actual);
      expect(actual).toBe(readFileSync(golden, "utf8"));
    });
  }
});

describe.runIf(process.env["BUF_CHECK"] === "1")("parse errors agree with buf 1.75", () => {
  const cache = join(root, ".cache/buf-parse-errors");
  mkdirSync(cache, { recursive: true });

  function bufLines(file: string): string[] {
    const cached = join(cache, file.replace(/\.proto$/, ".txt"));
    if (!existsSync(cached)) {
      const tmp = mkdtempSync(join(tmpdir(), "pg-buf-"));
      copyFileSync(join(dir, file), join(tmp, file));
      writeFileSync(join(tmp, "buf.yaml"), "version: v2\n");
      let out = "";
      try {
        out = execFileSync(join(root, "node_modules/.bin/buf"), ["build", "-o", "/dev/null"], { cwd: tmp, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string };
        out = (err.stdout ?? "") + (err.stderr ?? "");
      }
      rmSync(tmp, { recursive: true, force: true });
      writeFileSync(cached, out);
    }
    return readFileSync(cached, "utf8").split("\n").filter((l) => l.startsWith(file + ":"));
  }

  for (const file of fixtures) {
    it.skipIf(file in BUF_DEVIATIONS)(file, () => {
      const ours = diagnose(file).map(formatDiagnostic);
      const theirs = bufLines(file);
      for (const line of ours) expect(theirs).toContain(line);
      // Whatever buf reports beyond ours comes from later stages (the linker's job).
      const message = (l: string): string => l.split(":").slice(3).join(":");
      const missing = theirs.filter((l) => !ours.includes(l) && !LATER_STAGE.some((m) => message(l).startsWith(m)));
      expect(missing).toEqual([]);
    });
  }
});
