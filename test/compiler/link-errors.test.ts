/**
 * Linker diagnostics against buf 1.75: each folder of test/fixtures/link-errors holds a few .proto
 * files and `expected.txt`, buf's own output for the folder (`path:line:col:message`, columns in
 * UTF-8 bytes, one line per error, sorted by position). We compile every file of the folder and
 * print our errors the same way.
 *
 * `import-cycle` is special: buf reports a cycle at one of its imports, picked nondeterministically; the
 * expected line is the one our depth-first walk (and one of buf's runs) picks.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { compile } from "../../src/compiler/compile.js";
import { formatDiagnostic, sortDiagnostics } from "../../src/compiler/diagnostics.js";
import { listProtoFiles, projectRoot } from "../util/files.js";
import { dirResolver } from "../util/resolver.js";

const root = join(projectRoot, "test/fixtures/link-errors");

for (const name of readdirSync(root).sort()) {
  test(name, async () => {
    const dir = join(root, name);
    const expected = readFileSync(join(dir, "expected.txt"), "utf8").split("\n").filter((l) => l !== "");
    const result = await compile({ files: listProtoFiles(dir), resolver: dirResolver(dir), sourceInfo: false });
    const got = sortDiagnostics(result.diagnostics.filter((d) => d.severity === "error")).map(formatDiagnostic);
    expect(got).toEqual(expected);
    // a file with errors produces no descriptor
    for (const f of result.files) {
      if (got.some((l) => l.startsWith(f.path + ":"))) expect(f.proto, f.path).toBeUndefined();
    }
  });
}
