// `protoguard breaking` (src/cli/breaking.ts): flags, exit codes, formats, --path,
// --limit-to-input-files and --exclude-imports compared with `buf breaking` on the same module,
// and the breaking config (src/config/breaking-rules.ts): categories, deprecated v1 IDs, errors.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBreakingArgs } from "../../src/cli/breaking.js";
import { resolveBreaking } from "../../src/config/breaking-rules.js";
import type { ModuleCheckConfig } from "../../src/config/buf-yaml.js";
import { breakingRule, type BreakingRule, type ConfigVersion } from "../../src/engine/rule.js";
import { buf, protoguard, removeTmpDirs, tmpDir } from "../cli/helpers.js";
import { parseBufJson } from "./buf-breaking.js";

afterAll(removeTmpDirs);

const P = `syntax = "proto3";\npackage shop.v1;\n`;
let root: string;
let input: string;

function write(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

beforeAll(() => {
  root = tmpDir();
  write(join(root, "old"), {
    "buf.yaml": "version: v2\n",
    "shop/v1/a.proto": `${P}import "shop/v1/b.proto";\nmessage A {\n  B b = 1;\n  int32 x = 2;\n  string gone = 3;\n}\n`,
    "shop/v1/b.proto": `${P}message B { int32 y = 1; }\n`,
    "shop/v1/c.proto": `${P}message C {}\n`,
  });
  write(join(root, "new"), {
    "buf.yaml": "version: v2\n",
    "shop/v1/a.proto": `${P}import "shop/v1/b.proto";\nmessage A {\n  B b = 1;\n  int64 x = 2;\n}\n`,
    "shop/v1/b.proto": `${P}message B { int64 y = 1; }\n`,
  });
  input = join(root, "new");
  // buf's --path and --limit-to-input-files fail with a directory as the against side ("is outside
  // the context directory"), so the comparison uses an image of the old side.
  expect(buf(["build", "old", "-o", "old.binpb"], root).code).toBe(0);
});

const keys = (out: Buffer | string): string[] => parseBufJson(out.toString()).map((f) => `${f.path}:${f.start_line}:${f.start_column}:${f.type}`).sort();

describe("against buf, in the module directory", () => {
  it.each([
    [[]],
    [["--path", "shop/v1/a.proto"]],
    [["--limit-to-input-files"]],
    [["--path", "shop/v1/a.proto", "--limit-to-input-files"]],
    [["--path", "shop/v1/a.proto", "--exclude-imports"]],
    [["--exclude-imports"]],
    [["--config", `{"version":"v2","breaking":{"use":["FIELD_NO_DELETE"]}}`]],
    [["--config", `{"version":"v2","breaking":{"use":["FILE"],"except":["FIELD_SAME_TYPE"]}}`]],
    [["--config", `{"version":"v2","breaking":{"ignore":["shop/v1/b.proto"]}}`]],
    [["--config", `{"version":"v1","breaking":{"use":["FILE"]}}`]],
  ])("%j", async (flags) => {
    const args = ["breaking", "--against", "../old.binpb", "--error-format", "json", ...flags];
    const theirs = buf(args, input);
    const ours = await protoguard(args, input);
    expect([0, 100]).toContain(theirs.code);
    expect(ours.code, ours.stderr).toBe(theirs.code === 100 ? 1 : 0);
    expect(keys(ours.stdout)).toEqual(keys(theirs.stdout));
  });
});

describe("a v2 workspace with two modules and their own breaking rules", () => {
  it("each module's rules judge its files, as buf", async () => {
    const ws = tmpDir();
    const yaml = (extra: string) =>
      `version: v2\nmodules:\n  - path: a\n    breaking:\n      use: [FIELD_NO_DELETE]\n  - path: b\n${extra}breaking:\n  use: [FIELD_SAME_TYPE]\n`;
    const side = (n: string, aBody: string, bBody: string) =>
      write(join(ws, n), {
        "buf.yaml": yaml(""),
        "a/pa/v1/a.proto": `syntax = "proto3";\npackage pa.v1;\nmessage A {\n${aBody}}\n`,
        "b/pb/v1/b.proto": `syntax = "proto3";\npackage pb.v1;\nmessage B {\n${bBody}}\n`,
      });
    side("old", "  int32 x = 1;\n  int32 y = 2;\n", "  int32 x = 1;\n  int32 y = 2;\n");
    side("new", "  int64 x = 1;\n", "  int64 x = 1;\n");
    const args = ["breaking", "--against", "../old", "--error-format", "json"];
    const theirs = buf(args, join(ws, "new"));
    const ours = await protoguard(args, join(ws, "new"));
    expect(theirs.code, theirs.stderr).toBe(100);
    expect(keys(ours.stdout)).toEqual(keys(theirs.stdout));
    expect(keys(ours.stdout)).toEqual(["a/pa/v1/a.proto:3:1:FIELD_NO_DELETE", "b/pb/v1/b.proto:4:3:FIELD_SAME_TYPE"]);
  });
});

describe("output and exit codes", () => {
  it("text: <input> for a deleted file, path:line:col:message for the rest; exit 1", async () => {
    const r = await protoguard(["breaking", "new", "--against", "old"], root);
    expect(r.code).toBe(1);
    const lines = r.stdout.toString().trim().split("\n");
    expect(lines[0]).toMatch(/^<input>:1:1:File "shop\/v1\/c\.proto" was deleted/);
    expect(lines).toContainEqual(expect.stringMatching(/^new\/shop\/v1\/a\.proto:4:1:Field 3 "gone" of message "A" was deleted\..*reserved 3; reserved "gone";( If this change is intended, add shop\.v2 instead of changing shop\.v1\.)$/));
    // issue 4: every breaking finding in the stable package shop.v1 carries the new-major-version advice
    for (const l of lines) expect(l).toMatch(/If this change is intended, add shop\.v2 instead of changing shop\.v1\.$/);
    expect(lines).toContainEqual(expect.stringMatching(/^new\/shop\/v1\/a\.proto:6:3:The type of field 2 "x" of message "A" changed from int32 to int64/));
  });

  it("no findings: exit 0 and nothing printed", async () => {
    const r = await protoguard(["breaking", "old", "--against", "old"], root);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe("");
  });

  it("every format prints", async () => {
    for (const f of ["json", "msvs", "junit", "github-actions", "sarif"]) {
      const r = await protoguard(["breaking", "new", "--against", "old", "--error-format", f], root);
      expect(r.code, f).toBe(1);
      expect(r.stdout.toString(), f).toContain("c.proto");
    }
  });

  it.each([
    [["breaking", "new"], /needs --against/],
    [["breaking", "new", "--against", "old", "--error-format", "gcc"], /--error-format must be one of/],
    [["breaking", "new", "--against", "https://x/y.git"], /remote repositories are not supported/],
    [["breaking", "new", "--against", "nope"], /nope: no such directory/],
    [["breaking", "new", "--against", "old", "--bogus"], /unknown flag --bogus/],
    [["breaking", "new", "--against", "old", "--config", `{"version":"v2","breaking":{"use":["NOT_A_RULE"]}}`], /"NOT_A_RULE" is not a known breaking rule or category ID/],
    [["breaking", "new", "--against", "old", "--config", `{"version":"v2","breaking":{"use":["FIELD_SAME_LABEL"]}}`], /FIELD_SAME_LABEL/],
  ])("%j is a usage or configuration error (exit 2)", async (args, why) => {
    const r = await protoguard(args, root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(why);
  });

  it("an against side that does not compile is exit 2 naming its errors", async () => {
    write(join(root, "broken"), { "buf.yaml": "version: v2\n", "x.proto": `${P}message X { Missing m = 1; }\n` });
    const r = await protoguard(["breaking", "new", "--against", "broken"], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/against side does not compile.*\n.*x\.proto:3:13:/);
  });

  it("input compile errors are reported as COMPILE findings (exit 1), as lint does", async () => {
    const r = await protoguard(["breaking", "broken", "--against", "old", "--error-format", "json"], root);
    expect(r.code).toBe(1);
    expect(keys(r.stdout)).toEqual(["broken/x.proto:3:13:COMPILE"]);
  });

  it("parses flags", () => {
    expect(parseBreakingArgs(["d", "--against=.git#branch=main", "--path", "a", "--path=b", "--limit-to-input-files", "--exclude-imports=false"])).toEqual({
      dir: "d",
      against: ".git#branch=main",
      config: undefined,
      paths: ["a", "b"],
      excludePaths: [],
      limitToInputFiles: true,
      excludeImports: false,
      errorFormat: "text",
      help: false,
    });
  });
});

describe("breaking config", () => {
  const rule = (id: string, categories: Partial<Record<ConfigVersion, string[]>>, extra: Partial<BreakingRule> = {}): BreakingRule =>
    ({ ...breakingRule({ id, categories, summary: "", docs: "", examples: { bad: [], good: [] }, target: "file", check() {} }), ...extra }) as BreakingRule;
  const all = [
    rule("FIELD_SAME_CARDINALITY", { v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] }),
    rule("FIELD_WIRE_COMPATIBLE_CARDINALITY", { v1: ["WIRE"], v2: ["WIRE"] }),
    rule("FIELD_NO_DELETE", { v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE", "CSR"] }),
    rule("FIELD_SAME_LABEL", { v1beta1: [], v1: [] }, { deprecated: true, replacedBy: ["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY"] }),
    rule("FILE_SAME_PHP_GENERIC_SERVICES", { v1: [] }, { deprecated: true }),
  ];
  const at = (value: string) => ({ value, file: "buf.yaml", line: 3, column: 7 });
  const moduleWith = (version: ConfigVersion, use: string[], except: string[] = []): ModuleCheckConfig =>
    ({
      version,
      dir: ".",
      roots: [0],
      breaking: { file: "buf.yaml", use: use.map(at), except: except.map(at), ignore: [], ignoreOnly: [], disableBuiltin: false, ignoreUnstablePackages: false },
      pathsRelativeTo: "module",
      ownBreaking: true,
    }) as unknown as ModuleCheckConfig;
  const ids = (m: ModuleCheckConfig) => resolveBreaking(m, all).rules.map((r) => r.id).sort();

  it("empty use means the FILE category; categories expand per version", () => {
    expect(ids(moduleWith("v2", []))).toEqual(["FIELD_NO_DELETE", "FIELD_SAME_CARDINALITY"]);
    expect(ids(moduleWith("v2", ["CSR"]))).toEqual(["FIELD_NO_DELETE"]);
    expect(ids(moduleWith("v1", ["WIRE"]))).toEqual(["FIELD_WIRE_COMPATIBLE_CARDINALITY"]);
    expect(ids(moduleWith("v2", ["FILE"], ["FIELD_NO_DELETE"]))).toEqual(["FIELD_SAME_CARDINALITY"]);
  });

  it("a deprecated v1 ID expands to its replacements, with a warning naming them", () => {
    const r = resolveBreaking(moduleWith("v1", ["FIELD_SAME_LABEL"]), all);
    expect(r.rules.map((x) => x.id).sort()).toEqual(["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY"]);
    expect(r.warnings).toEqual([expect.stringMatching(/^buf\.yaml:3:7: rule FIELD_SAME_LABEL is deprecated; it now means FIELD_SAME_CARDINALITY, FIELD_WIRE_COMPATIBLE_CARDINALITY/)]);
    expect(ids(moduleWith("v1", ["FILE"], ["FIELD_SAME_LABEL"]))).toEqual(["FIELD_NO_DELETE"]);
  });

  it("a deprecated ID without replacement enables nothing and warns; in v2 the v1 IDs are unknown", () => {
    const r = resolveBreaking(moduleWith("v1", ["FILE_SAME_PHP_GENERIC_SERVICES", "FIELD_NO_DELETE"]), all);
    expect(r.rules.map((x) => x.id)).toEqual(["FIELD_NO_DELETE"]);
    expect(r.warnings.join("\n")).toMatch(/FILE_SAME_PHP_GENERIC_SERVICES is deprecated/);
    expect(() => resolveBreaking(moduleWith("v2", ["FIELD_SAME_LABEL"]), all)).toThrow(/FIELD_SAME_LABEL does not exist in config version v2/);
  });
});
