// The engine's own behaviour, with small rules written here: dispatch by target, `only`, `files`
// rules, where reports land, rules that throw, ignores, order and de-duplication.
import { describe, expect, it } from "vitest";
import { compileExample, diffFindings, expectedFindings, exampleRunOptions, expectedFromMarkers } from "../../src/engine/examples.js";
import { compareFindings, dedupeAndSort, formatFinding } from "../../src/engine/findings.js";
import { FIELD_NAME, FIELD_NUMBER, FILE_OPTIONS, type Element } from "../../src/engine/model.js";
import { DEFAULT_LINT_OPTIONS, lintRule, type Example, type Finding, type LintRule, type LintTarget } from "../../src/engine/rule.js";
import { INTERNAL_RULE_ID, runLint, type LintRunOptions } from "../../src/engine/run.js";

const doc = { summary: "test rule", docs: "test rule", examples: { bad: [], good: [] } };

async function lint(example: Example, rules: LintRule[], extra: Partial<LintRunOptions> = {}): Promise<Finding[]> {
  const model = await compileExample(example);
  return runLint(model, { rules, options: DEFAULT_LINT_OPTIONS, version: "v2", commentIgnores: true, ...extra });
}

/** Runs the rules and checks the findings against the markers in the example. */
async function expectMarked(example: Example, rules: LintRule[], extra: Partial<LintRunOptions> = {}): Promise<void> {
  expect(diffFindings(await lint(example, rules, extra), expectedFindings(example))).toEqual([]);
}

const PROTO = `syntax = "proto3";
package a.v1;
import "google/protobuf/empty.proto";
option go_package = "x/a";
message Outer {
  string one = 1;
  oneof pick { string two = 2; }
  message Inner { int32 three = 3; }
  enum Kind { KIND_UNSPECIFIED = 0; KIND_A = 1; }
  map<string, int32> counts = 4;
}
enum Color { COLOR_UNSPECIFIED = 0; }
service S { rpc Get(google.protobuf.Empty) returns (google.protobuf.Empty); }
`;

describe("dispatch", () => {
  it("a rule with several targets receives each element of every kind it names, once", async () => {
    const seen: string[] = [];
    const rule = lintRule({
      id: "MULTI",
      categories: { v2: [] },
      ...doc,
      target: ["message", "enum"],
      check(el) {
        seen.push(`${el.kind} ${el.name}`);
      },
    });
    await lint(PROTO, [rule]);
    expect(seen).toEqual(["message Outer", "message Inner", "message CountsEntry", "enum Kind", "enum Color"]);
  });

  it("hands each element to the rules of its kind once, depth first in declaration order", async () => {
    const seen: string[] = [];
    const kinds: LintTarget[] = ["file", "import", "message", "field", "oneof", "enum", "enumValue", "service", "method"];
    const rules = kinds.map((k) => lintRule({ id: `SEE_${k.toUpperCase()}`, categories: {}, ...doc, target: k, check: (el: Element) => void seen.push(el.toString()) }));
    await lint(PROTO, rules);
    expect(seen).toEqual([
      "file example.proto",
      'import "google/protobuf/empty.proto"',
      "message a.v1.Outer",
      "field a.v1.Outer.one",
      "field a.v1.Outer.two",
      "field a.v1.Outer.counts",
      "oneof a.v1.Outer.pick",
      "message a.v1.Outer.Inner",
      "field a.v1.Outer.Inner.three",
      "message a.v1.Outer.CountsEntry",
      "field a.v1.Outer.CountsEntry.key",
      "field a.v1.Outer.CountsEntry.value",
      "enum a.v1.Outer.Kind",
      "enum value a.v1.Outer.KIND_UNSPECIFIED",
      "enum value a.v1.Outer.KIND_A",
      "enum a.v1.Color",
      "enum value a.v1.COLOR_UNSPECIFIED",
      "service a.v1.S",
      "rpc a.v1.S.Get",
    ]);
  });

  it("calls check only where `only` says yes, and `files` rules once with every target", async () => {
    let calls = 0;
    const rules = [
      lintRule({ id: "ONLY", categories: {}, ...doc, target: "field", only: (f) => f.name.startsWith("t"), check: (f, ctx) => ctx.report(f, "x") }),
      lintRule({ id: "ALL", categories: {}, ...doc, target: "files", check: (files) => void (calls += files.length) }),
    ];
    const findings = await lint({ files: { "a.proto": PROTO, "b.proto": 'syntax = "proto3";\npackage a.v1;\n' } }, rules);
    expect(calls).toBe(2);
    expect(findings.map(formatFinding)).toEqual(["a.proto:7:16:ONLY:x", "a.proto:8:19:ONLY:x"]);
  });

  it("skips deprecated rules", async () => {
    const r = lintRule({ id: "OLD", categories: {}, ...doc, deprecated: true, target: "file", check: (f, ctx) => ctx.report(f, "x") });
    expect(await lint(PROTO, [r])).toEqual([]);
  });
});

describe("where a report lands", () => {
  it("an element: its declaration; `at`: the sub-span; missing `at`: the element, or nothing with fallback none", async () => {
    const rules = [
      lintRule({ id: "DECL", categories: {}, ...doc, target: "field", only: (f) => f.name === "one", check: (f, ctx) => ctx.report(f, "decl") }),
      lintRule({ id: "NAME", categories: {}, ...doc, target: "field", only: (f) => f.name === "one", check: (f, ctx) => ctx.report({ element: f, at: [FIELD_NAME] }, "name") }),
      lintRule({ id: "NUM", categories: {}, ...doc, target: "field", only: (f) => f.name === "one", check: (f, ctx) => ctx.report({ element: f, at: [FIELD_NUMBER] }, "num") }),
      lintRule({ id: "MISSING", categories: {}, ...doc, target: "field", only: (f) => f.name === "one", check: (f, ctx) => ctx.report({ element: f, at: [99] }, "m") }),
      lintRule({ id: "NONE", categories: {}, ...doc, target: "field", only: (f) => f.name === "one", check: (f, ctx) => ctx.report({ element: f, at: [99], fallback: "none" }, "n") }),
    ];
    await expectMarked(
      `^ NONE
syntax = "proto3";
message M {
  string one = 1;
  ^^^^^^^^^^^^^^^ DECL
  ^^^^^^^^^^^^^^^ MISSING
         ^^^ NAME
               ^ NUM
}
`,
      rules,
    );
  });

  it("a file element has no location; a file option path has one", async () => {
    const rules = [
      lintRule({ id: "FILE", categories: {}, ...doc, target: "file", check: (f, ctx) => ctx.report(f, "file") }),
      lintRule({ id: "GO_PKG", categories: {}, ...doc, target: "file", check: (f, ctx) => ctx.report({ element: f, at: [FILE_OPTIONS, 11] }, "go") }),
    ];
    const findings = await lint(`syntax = "proto3";\noption go_package = "x/a";\n`, rules);
    expect(findings.map((f) => [f.ruleId, f.startLine, f.startColumn, f.endLine, f.endColumn, f.elementPath])).toEqual([
      ["FILE", 0, 0, 0, 0, undefined],
      ["GO_PKG", 2, 1, 2, 27, [8, 11]],
    ]);
  });

  it("keeps the fix a rule offers", async () => {
    const r = lintRule({ id: "FIX", categories: {}, ...doc, target: "field", check: (f, ctx) => ctx.report({ element: f, at: [FIELD_NAME] }, "x", { fix: { text: "y" } }) });
    const [f] = await lint(`syntax = "proto3";\nmessage M { string x = 1; }\n`, [r]);
    expect(f?.fix).toEqual({ text: "y" });
  });
});

describe("a rule that throws", () => {
  it("becomes one INTERNAL finding per rule and file, naming the rule; other findings are still reported", async () => {
    const rules = [
      lintRule({ id: "BOOM", categories: {}, ...doc, target: "field", check: () => { throw new Error("kaput"); } }),
      lintRule({ id: "FINE", categories: {}, ...doc, target: "message", check: (m, ctx) => ctx.report(m, "ok") }),
    ];
    const findings = await lint(`syntax = "proto3";\nmessage M {\n  string a = 1;\n  string b = 2;\n}\n`, rules);
    expect(findings.map((f) => `${f.startLine}:${f.startColumn}:${f.ruleId}`)).toEqual(["2:1:FINE", "3:3:INTERNAL"]);
    expect(findings[1]!.message).toContain("rule BOOM failed on field M.a: kaput");
    expect(findings[1]!.ruleId).toBe(INTERNAL_RULE_ID);
  });

  it("a throwing `files` rule reports on the first target", async () => {
    const r = lintRule({ id: "BOOM", categories: {}, ...doc, target: "files", check: () => { throw new TypeError("nope"); } });
    const findings = await lint(`syntax = "proto3";\n`, [r]);
    expect(findings.map(formatFinding)).toEqual([
      "example.proto:1:1:INTERNAL:rule BOOM failed: nope. This is a bug in protoguard; please report it with the file involved.",
    ]);
  });
});

describe("ignores", () => {
  const field = lintRule({ id: "FIELD_X", categories: {}, ...doc, target: "field", check: (f, ctx) => ctx.report({ element: f, at: [FIELD_NAME] }, "x") });
  const files = {
    "keep/a.proto": `syntax = "proto3";\nmessage A {\n  // buf:lint:ignore FIELD_X\n  string a = 1;\n  string b = 2;\n}\n`,
    "skip/b.proto": `syntax = "proto3";\nmessage B { string c = 1; }\n`,
  };

  it("comments only when enabled", async () => {
    expect((await lint({ files }, [field], { commentIgnores: true })).map(formatFinding)).toEqual(["keep/a.proto:5:10:FIELD_X:x", "skip/b.proto:2:20:FIELD_X:x"]);
    expect(await lint({ files }, [field], { commentIgnores: false })).toHaveLength(3);
  });

  it("`ignore` and `ignore_only` paths", async () => {
    expect((await lint({ files }, [field], { ignore: ["skip"] })).map(formatFinding)).toEqual(["keep/a.proto:5:10:FIELD_X:x"]);
    expect((await lint({ files }, [field], { ignoreOnly: { FIELD_X: ["keep/a.proto"] } })).map(formatFinding)).toEqual(["skip/b.proto:2:20:FIELD_X:x"]);
    expect(await lint({ files }, [field], { ignoreOnly: { OTHER: ["."] } })).toHaveLength(2);
  });

  it("`ignore` also drops findings that `files` rules report in ignored files", async () => {
    const r = lintRule({ id: "EVERY", categories: {}, ...doc, target: "files", check: (fs, ctx) => fs.forEach((f) => ctx.report(f, "x")) });
    expect((await lint({ files }, [r], { ignore: ["keep/a.proto"] })).map(formatFinding)).toEqual(["skip/b.proto:1:1:EVERY:x"]);
  });

  it("`targets` limits the files linted", async () => {
    const model = await compileExample({ files });
    const findings = runLint(model, { rules: [field], options: DEFAULT_LINT_OPTIONS, version: "v2", commentIgnores: true, targets: [model.file("skip/b.proto")!] });
    expect(findings.map(formatFinding)).toEqual(["skip/b.proto:2:20:FIELD_X:x"]);
  });
});

describe("order and duplicates", () => {
  const f = (file: string | undefined, line: number, col: number, ruleId: string, message = "m", endLine = line, endColumn = col + 1): Finding => ({
    ruleId,
    severity: "error",
    message,
    file,
    displayPath: file,
    startLine: line,
    startColumn: col,
    endLine,
    endColumn,
    elementPath: undefined,
  });

  it("sorts by path, line, column, rule ID, message, end line, end column; file-less first, no location as 1:1", () => {
    const list = [
      f("b.proto", 1, 1, "A"),
      f("a.proto", 2, 1, "A"),
      f("a.proto", 1, 5, "A"),
      f("a.proto", 1, 1, "B"),
      f("a.proto", 1, 1, "A", "z"),
      f("a.proto", 1, 1, "A", "a", 3),
      f("a.proto", 1, 1, "A", "a", 2),
      f(undefined, 0, 0, "Z"),
      f("a.proto", 0, 0, "Z", "m", 0, 0),
      f("a.proto", 0, 0, "0", "m", 0, 0),
    ];
    expect([...list].sort(compareFindings).map((x) => `${x.file ?? "-"}:${x.startLine}:${x.startColumn}:${x.ruleId}:${x.message}:${x.endLine}`)).toEqual([
      "-:0:0:Z:m:0",
      "a.proto:0:0:0:m:0",
      "a.proto:1:1:A:a:2",
      "a.proto:1:1:A:a:3",
      "a.proto:1:1:A:z:1",
      "a.proto:1:1:B:m:1",
      "a.proto:0:0:Z:m:0",
      "a.proto:1:5:A:m:1",
      "a.proto:2:1:A:m:2",
      "b.proto:1:1:A:m:1",
    ]);
  });

  it("drops exact duplicates only", () => {
    const out = dedupeAndSort([f("a.proto", 1, 1, "A"), f("a.proto", 1, 1, "A"), f("a.proto", 1, 1, "A", "other"), f("a.proto", 1, 1, "A", "m", 1, 9)]);
    expect(out).toHaveLength(3);
  });

  it("sorts by the displayed path", () => {
    const a = { ...f("z.proto", 1, 1, "A"), displayPath: "proto/z.proto" };
    const b = { ...f("a.proto", 1, 1, "A"), displayPath: "vendor/a.proto" };
    expect(dedupeAndSort([b, a]).map((x) => x.displayPath)).toEqual(["proto/z.proto", "vendor/a.proto"]);
  });
});

describe("example markers", () => {
  it("strip marker lines and expect the spans they mark", () => {
    const { text, expected } = expectedFromMarkers(`^ TOP_RULE\nmessage A {\n  string userName = 1;\n         ^^^^^^^^ FIELD_X\n  ^^^^^^ TYPE_Y\n}\n`);
    expect(text).toBe("message A {\n  string userName = 1;\n}\n");
    expect(expected).toEqual([
      { file: "example.proto", ruleId: "TOP_RULE", line: 0, column: 0, endColumn: 0 },
      { file: "example.proto", ruleId: "FIELD_X", line: 2, column: 10, endColumn: 18 },
      { file: "example.proto", ruleId: "TYPE_Y", line: 2, column: 3, endColumn: 9 },
    ]);
  });

  it("leave lines with other text alone", () => {
    expect(expectedFromMarkers("  ^^ lower_case\n// ^^ FIELD_X\n").expected).toEqual([]);
  });

  it("diffFindings names what is missing and what is unexpected", async () => {
    const r = lintRule({ id: "FIELD_X", categories: {}, ...doc, target: "field", check: (f, ctx) => ctx.report({ element: f, at: [FIELD_NAME] }, "bad name") });
    const example = `syntax = "proto3";\nmessage A {\n  string a = 1;\n  ^^^^^^ FIELD_X\n}\n`;
    expect(diffFindings(await lint(example, [r]), expectedFindings(example))).toEqual([
      "missing:    example.proto:3:3-9 FIELD_X",
      'unexpected: example.proto:3:10-11 FIELD_X  "bad name"',
    ]);
  });

  it("a multi-line finding is matched on its start, with a single caret", async () => {
    const r = lintRule({ id: "MSG", categories: {}, ...doc, target: "message", check: (m, ctx) => ctx.report(m, "x") });
    await expectMarked(`syntax = "proto3";\nmessage A {\n^ MSG\n  string a = 1;\n}\n`, [r]);
  });

  it("example config sets options, version and ignores", () => {
    const r = lintRule({ id: "R", categories: { v1: ["BASIC"] }, ...doc, target: "file", check: () => {} });
    const opts = exampleRunOptions(r, { files: {}, config: { service_suffix: "API", allow_comment_ignores: true, ignore: ["x"], custom: 1 } });
    expect(opts.version).toBe("v1");
    expect(opts.commentIgnores).toBe(true);
    expect(opts.options.serviceSuffix).toBe("API");
    expect(opts.options.enumZeroValueSuffix).toBe("_UNSPECIFIED");
    expect(opts.options.extra).toEqual({ custom: 1 });
    expect(opts.ignore).toEqual(["x"]);
  });

  it("an example that does not compile throws with the compiler's errors", async () => {
    await expect(compileExample(`syntax = "proto3";\nmessage A { Unknown x = 1; }\n`)).rejects.toThrow(/example does not compile:\nexample.proto:2:13:/);
  });
});
