/**
 * Parity of the file-, import- and package-level rules with buf 1.75 on small modules under
 * fixtures/packages/ (each a buf module with its own buf.yaml): buf lint's findings for these rules
 * must equal ours on (path, start line, start column, end line, end column, rule ID), including
 * findings without a location (1:1), every file of a disagreeing package or directory, import
 * cycles through files that are not linted (`--path`), v1's different rule set, and comment
 * ignores on the package, import and option statements they report.
 *
 * buf's output is cached under .cache/buf-lint/ (test/lint/buf-lint.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { modelFromCompile } from "../../../src/engine/examples.js";
import { DEFAULT_LINT_OPTIONS, type ConfigVersion, type Finding, type LintRule } from "../../../src/engine/rule.js";
import { runLint } from "../../../src/engine/run.js";
import { lintCommand } from "../../../src/cli/lint.js";
import { bufLint, type BufFinding } from "../../lint/buf-lint.js";
import { ourBuild } from "../../util/ours.js";
import { packageRules } from "./packages-rules.js";

const fixtures = join(import.meta.dirname, "fixtures", "packages");
const ids = new Set(packageRules.map((r) => r.id));

/** The version and `lint.use` list of a fixture's buf.yaml (a deliberately small reader: `use: [A, B]`). */
function readConfig(dir: string): { version: ConfigVersion; use: string[] } {
  const yaml = readFileSync(join(dir, "buf.yaml"), "utf8");
  const version = (/^version:\s*(\S+)/m.exec(yaml)?.[1] ?? "v1") as ConfigVersion;
  const use = /^\s*use:\s*\[([^\]]*)\]/m.exec(yaml)?.[1]?.split(",").map((s) => s.trim()) ?? ["DEFAULT"];
  return { version, use };
}

/** Our rules enabled by `use`: by ID, or by category in that config version. */
function enabled(version: ConfigVersion, use: readonly string[]): LintRule[] {
  return packageRules.filter((r) => {
    const cats = r.categories[version];
    return cats !== undefined && !r.deprecated && (use.includes(r.id) || cats.some((c) => use.includes(c)));
  });
}

const row = (path: string, l: number, c: number, el: number, ec: number, id: string): string => `${path}:${l}:${c}-${el}:${ec} ${id}`;
/** Without a location, buf prints 1:1-1:1 and we keep 0:0. */
const ours = (f: Finding): string =>
  f.startLine === 0 ? row(f.file!, 1, 1, 1, 1, f.ruleId) : row(f.file!, f.startLine, f.startColumn, f.endLine, f.endColumn, f.ruleId);

interface Case {
  readonly fixture: string;
  readonly paths?: readonly string[];
}

const cases: Case[] = [
  ...readdirSync(fixtures).sort().map((fixture) => ({ fixture })),
  { fixture: "cycles", paths: ["a/v1/a.proto"] },
  { fixture: "cycles", paths: ["c/v1/c.proto", "n/n.proto"] },
  { fixture: "layout", paths: ["a/v1/a.proto"] },
  { fixture: "layout", paths: ["split1/s.proto", "nopkg/x.proto"] },
];

describe.each(cases.map((c) => [`${c.fixture}${c.paths ? ` --path ${c.paths.join(" ")}` : ""}`, c] as const))("%s", (_name, c) => {
  test("findings equal buf's", async () => {
    const dir = join(fixtures, c.fixture);
    const { version, use } = readConfig(dir);
    const ref = await bufLint(dir, c.paths ? { paths: c.paths } : {});
    expect(ref.filter((f) => f.type === "COMPILE")).toEqual([]);
    const build = await ourBuild(dir, c.paths ? { paths: c.paths } : {});
    expect(build.errors).toEqual([]);
    const model = modelFromCompile(build.result);
    const found = runLint(model, { rules: enabled(version, use), options: DEFAULT_LINT_OPTIONS, version, commentIgnores: version === "v2" });
    const want = ref.filter((f) => ids.has(f.type)).map((f) => row(f.path, f.start_line, f.start_column, f.end_line, f.end_column, f.type));
    expect(found.map(ours).sort()).toEqual(want.sort());
    expect(want.length).toBeGreaterThan(0);
  });
});

/**
 * A v2 workspace (fixtures/workspace: modules m1 and m2) linted by `protoguard lint`: buf lints
 * each module over its own image (its files and what they import), so packages and directories
 * are grouped per module, and an import cycle needs edges among those files: m2's b/v1/b2.proto
 * imports package a.v1, but m1 never imports b2.proto, so m1's a.v1 -> b.v1 import is no cycle.
 */
test("workspace: rules see one module and its imports at a time, as buf does", async () => {
  const dir = join(import.meta.dirname, "fixtures", "workspace");
  const ref = await bufLint(dir);
  const out: string[] = [];
  const code = await lintCommand([".", "--error-format", "json"], { stdout: (c) => void out.push(String(c)), stderr: () => undefined, cwd: dir });
  expect(code).toBe(1);
  const key = (f: BufFinding): string => row(f.path, f.start_line, f.start_column, f.end_line, f.end_column, f.type);
  const found = out.join("").split("\n").filter((l) => l.trim() !== "").map((l) => key(JSON.parse(l) as BufFinding));
  const want = ref.filter((f) => ids.has(f.type)).map(key);
  expect(want).toContain("m1/a/v1/a2.proto:3:1-3:23 PACKAGE_NO_IMPORT_CYCLE");
  expect(found.sort()).toEqual(want.sort());
});

/** Messages say what is wrong and what to write instead, in the user's names. */
describe("messages", () => {
  const run = async (files: Record<string, string>, ruleIds: readonly string[]): Promise<Finding[]> => {
    const { compileExample } = await import("../../../src/engine/examples.js");
    const model = await compileExample({ files });
    const rules = packageRules.filter((r) => ruleIds.includes(r.id));
    return runLint(model, { rules, options: DEFAULT_LINT_OPTIONS, version: "v2", commentIgnores: true });
  };

  test("naming rules suggest the converted name", async () => {
    const found = await run({ "Foo/Bar/FooBar.proto": `syntax = "proto3";\npackage FooBar.Baz;\n` }, ["FILE_LOWER_SNAKE_CASE", "PACKAGE_LOWER_SNAKE_CASE", "PACKAGE_VERSION_SUFFIX"]);
    expect(found.map((f) => `${f.startLine}:${f.startColumn} ${f.ruleId}: ${f.message}`)).toEqual([
      `0:0 FILE_LOWER_SNAKE_CASE: file name "FooBar.proto" should be lower_snake_case: rename it to foo_bar.proto`,
      `2:1 PACKAGE_LOWER_SNAKE_CASE: package "FooBar.Baz" should be lower_snake_case in every component: foo_bar.baz`,
      `2:1 PACKAGE_VERSION_SUFFIX: package "FooBar.Baz" should end in a version component (v1, v1beta1, v1alpha1, v1test): FooBar.Baz.v1`,
    ]);
    expect(found[1]!.fix).toEqual({ text: "package foo_bar.baz;" });
  });

  test("PACKAGE_SAME_* names every value and this file's own", async () => {
    const found = await run(
      {
        "a/v1/a.proto": `syntax = "proto3";\npackage a.v1;\noption go_package = "x/a";\n`,
        "a/v1/b.proto": `syntax = "proto3";\npackage a.v1;\n`,
        "a/v1/c.proto": `syntax = "proto3";\npackage a.v1;\noption go_package = "x/b";\n`,
      },
      ["PACKAGE_SAME_GO_PACKAGE"],
    );
    expect(found.map((f) => `${f.file}:${f.startLine}:${f.startColumn}: ${f.message}`)).toEqual([
      `a/v1/a.proto:3:1: option go_package differs between the files of package "a.v1" ("x/a", "x/b" and no value); this file has "x/a": set the same value in every file of the package`,
      `a/v1/b.proto:0:0: option go_package differs between the files of package "a.v1" ("x/a", "x/b" and no value); this file does not set it: set the same value in every file of the package`,
      `a/v1/c.proto:3:1: option go_package differs between the files of package "a.v1" ("x/a", "x/b" and no value); this file has "x/b": set the same value in every file of the package`,
    ]);
  });

  test("PACKAGE_NO_IMPORT_CYCLE shows the cycle from the importing package", async () => {
    const found = await run(
      {
        "a/v1/a.proto": `syntax = "proto3";\npackage a.v1;\nimport "b/v1/b.proto";\n`,
        "b/v1/b.proto": `syntax = "proto3";\npackage b.v1;\nimport "c/v1/c.proto";\n`,
        "c/v1/c.proto": `syntax = "proto3";\npackage c.v1;\nimport "a/v1/x.proto";\n`,
        "a/v1/x.proto": `syntax = "proto3";\npackage a.v1;\n`,
      },
      ["PACKAGE_NO_IMPORT_CYCLE"],
    );
    expect(found.map((f) => `${f.file}:${f.startLine}:${f.startColumn}-${f.endColumn}: ${f.message.split(":")[0]}`)).toEqual([
      `a/v1/a.proto:3:1-23: import "b/v1/b.proto" closes a package import cycle a.v1 -> b.v1 -> c.v1 -> a.v1`,
      `b/v1/b.proto:3:1-23: import "c/v1/c.proto" closes a package import cycle b.v1 -> c.v1 -> a.v1 -> b.v1`,
      `c/v1/c.proto:3:1-23: import "a/v1/x.proto" closes a package import cycle c.v1 -> a.v1 -> b.v1 -> c.v1`,
    ]);
  });

  test("a deprecated rule reports nothing and a weak import is still checked by IMPORT_USED", async () => {
    const files = {
      "a/v1/m.proto": `syntax = "proto2";\npackage a.v1;\nmessage M {}\n`,
      "a/v1/a.proto": `syntax = "proto2";\npackage a.v1;\nimport weak "a/v1/m.proto";\n`,
    };
    expect(await run(files, ["IMPORT_NO_WEAK"])).toEqual([]);
    const used = await run(files, ["IMPORT_USED"]);
    expect(used.map((f) => `${f.file}:${f.startLine}:${f.startColumn}-${f.endColumn} ${f.ruleId}`)).toEqual(["a/v1/a.proto:3:1-28 IMPORT_USED"]);
  });
});
