// The breaking engine (src/breaking/run.ts): pairing, deletions found from parent pairs, path
// ignores on both sides, ignore_unstable_packages, and a throwing rule turned into INTERNAL. Where
// buf has the same behaviour, the test compares with `buf breaking` on the same files.
import { describe, expect, it } from "vitest";
import { compileExample } from "../../src/engine/examples.js";
import { Model } from "../../src/engine/model.js";
import { breakingRule, type BreakingRule, type BreakingTarget, type Finding } from "../../src/engine/rule.js";
import { PairSet, isUnstablePackage, runBreaking, type BreakingRunOptions } from "../../src/breaking/run.js";
import FIELD_NO_DELETE from "../../rules/breaking/FIELD_NO_DELETE.js";
import FIELD_SAME_TYPE from "../../rules/breaking/FIELD_SAME_TYPE.js";
import FILE_NO_DELETE from "../../rules/breaking/FILE_NO_DELETE.js";
import MESSAGE_NO_DELETE from "../../rules/breaking/MESSAGE_NO_DELETE.js";
import { bufBreaking, comparable, comparableBuf } from "./buf-breaking.js";

type Files = Record<string, string>;

async function run(before: Files, after: Files, rules: readonly BreakingRule[], extra: Partial<BreakingRunOptions> = {}): Promise<Finding[]> {
  const [previous, current] = await Promise.all([compileExample({ files: before }), compileExample({ files: after })]);
  return runBreaking(previous, current, { rules, options: { ignoreUnstablePackages: false, extra: {} }, version: "v2", ...extra });
}

const P = `syntax = "proto3";\n`;

describe("pairing", () => {
  it("pairs messages by full name across files: a moved message is one FILE_NO_DELETE, and its fields are still compared (as buf)", async () => {
    const before = { "a/v1/x.proto": `${P}package a.v1;\nmessage M { int32 n = 1; }\n` };
    const after = { "a/v1/sub/x.proto": `${P}package a.v1;\nmessage M { int64 n = 1; }\n` };
    const rules = [FILE_NO_DELETE, MESSAGE_NO_DELETE, FIELD_SAME_TYPE];
    const ours = await run(before, after, rules);
    expect(comparable(ours)).toEqual(["<input>:1:1:FILE_NO_DELETE", "a/v1/sub/x.proto:3:13:FIELD_SAME_TYPE"]);
    const buf = await bufBreaking(before, after, { use: rules.map((r) => r.id) });
    expect(comparable(ours)).toEqual(comparableBuf(buf));
  });

  it("pairs fields by number, extensions by extendee and number, enum values by number with all their names", async () => {
    const before = await compileExample({
      files: { "a.proto": `syntax = "proto2";\npackage p;\nmessage M { optional int32 a = 1; extensions 10 to 20; }\nextend M { optional int32 x = 10; }\nenum E { option allow_alias = true; A = 0; B = 0; C = 1; }\n` },
    });
    const after = await compileExample({
      files: { "a.proto": `syntax = "proto2";\npackage p;\nmessage M { optional int32 renamed = 1; extensions 10 to 20; }\nextend M { optional int32 y = 10; }\nenum E { A = 0; D = 2; }\n` },
    });
    const pairs = new PairSet(before, after, false);
    expect(pairs.of("field").map((p) => `${p.previous.name}->${p.current.name}`)).toEqual(["a->renamed", "x->y"]);
    expect(pairs.of("enumValue").map((p) => `${p.number}:${p.previous.map((v) => v.name).join("+")}->${p.current.map((v) => v.name).join("+")}`)).toEqual(["0:A+B->A"]);
    expect(pairs.of("message").map((p) => p.current.fullName)).toEqual(["p.M"]);
    expect(pairs.of("file").length).toBe(pairs.of("file").length);
  });

  it("includes imports on both sides, like buf: dropping a well-known-type import deletes that file; --exclude-imports leaves them out", async () => {
    const before = { "a.proto": `${P}package p;\nimport "google/protobuf/empty.proto";\nmessage M { google.protobuf.Empty e = 1; }\n` };
    const after = { "a.proto": `${P}package p;\nmessage M { reserved 1; }\n` };
    const ours = await run(before, after, [FILE_NO_DELETE]);
    expect(ours.map((f) => f.message)).toEqual([expect.stringContaining(`"google/protobuf/empty.proto"`)]);
    expect(comparable(ours)).toEqual(comparableBuf(await bufBreaking(before, after, { use: ["FILE_NO_DELETE"] })));
    expect(await run(before, after, [FILE_NO_DELETE], { excludeImports: true })).toEqual([]);
    expect(comparableBuf(await bufBreaking(before, after, { use: ["FILE_NO_DELETE"] }, "v2", ["--exclude-imports"]))).toEqual([]);
  });
});

describe("silencing", () => {
  const before = { "keep/a.proto": `${P}package keep;\nmessage M { int32 a = 1; int32 b = 2; }\n`, "gone/b.proto": `${P}package gone;\n` };
  const after = { "keep/a.proto": `${P}package keep;\nmessage M { int32 a = 1; }\n` };
  const rules = [FILE_NO_DELETE, FIELD_NO_DELETE];

  it("reports both without ignores", async () => {
    expect(comparable(await run(before, after, rules))).toEqual(["<input>:1:1:FILE_NO_DELETE", "keep/a.proto:3:1:FIELD_NO_DELETE"]);
  });

  it("ignore matches the against side's path too: a deleted file under an ignored directory is not reported (as buf)", async () => {
    const ours = await run(before, after, rules, { ignore: ["gone"] });
    expect(comparable(ours)).toEqual(["keep/a.proto:3:1:FIELD_NO_DELETE"]);
    expect(comparable(ours)).toEqual(comparableBuf(await bufBreaking(before, after, { use: rules.map((r) => r.id), ignore: ["gone"] })));
  });

  it("ignore_only silences one rule under a path (as buf)", async () => {
    const ours = await run(before, after, rules, { ignoreOnly: { FIELD_NO_DELETE: ["keep"] } });
    expect(comparable(ours)).toEqual(["<input>:1:1:FILE_NO_DELETE"]);
    expect(comparable(ours)).toEqual(comparableBuf(await bufBreaking(before, after, { use: rules.map((r) => r.id), ignore_only: { FIELD_NO_DELETE: ["keep"] } })));
  });

  it("ignore_unstable_packages drops findings in alpha/beta/test packages on either side, keeps v1 and unversioned (as buf)", async () => {
    const b = {
      "pay/v1alpha1/p.proto": `${P}package pay.v1alpha1;\nmessage M { int32 a = 1; }\n`,
      "pay/v1/p.proto": `${P}package pay.v1;\nmessage M { int32 a = 1; }\n`,
      "pay/v0/p.proto": `${P}package pay.v0;\nmessage M { int32 a = 1; }\n`,
      "beta/v2beta/g.proto": `${P}package beta.v2beta;\n`,
    };
    const a = {
      "pay/v1alpha1/p.proto": `${P}package pay.v1alpha1;\nmessage M {}\n`,
      "pay/v1/p.proto": `${P}package pay.v1;\nmessage M {}\n`,
      "pay/v0/p.proto": `${P}package pay.v0;\nmessage M {}\n`,
    };
    const without = await run(b, a, rules);
    expect(comparable(without)).toEqual(["<input>:1:1:FILE_NO_DELETE", "pay/v0/p.proto:3:1:FIELD_NO_DELETE", "pay/v1/p.proto:3:1:FIELD_NO_DELETE", "pay/v1alpha1/p.proto:3:1:FIELD_NO_DELETE"]);
    const ours = await run(b, a, rules, { options: { ignoreUnstablePackages: true, extra: {} } });
    expect(comparable(ours)).toEqual(["pay/v0/p.proto:3:1:FIELD_NO_DELETE", "pay/v1/p.proto:3:1:FIELD_NO_DELETE"]);
    expect(comparable(ours)).toEqual(comparableBuf(await bufBreaking(b, a, { use: rules.map((r) => r.id), ignore_unstable_packages: true })));
  });

  it("knows which packages are unstable", () => {
    expect(["a.v1alpha1", "a.v1beta", "a.v2test", "a.v1p1beta1"].map(isUnstablePackage)).toEqual([true, true, true, true]);
    expect(["a.v1", "a.v0", "v1alpha1", "a", ""].map(isUnstablePackage)).toEqual([false, false, false, false, false]);
  });
});

describe("a rule that throws", () => {
  const boom = (target: BreakingTarget): BreakingRule =>
    breakingRule({
      id: "TEST_BOOM",
      categories: { v2: ["FILE"] },
      summary: "",
      docs: "",
      examples: { bad: [], good: [] },
      target,
      check() {
        throw new Error("kaboom");
      },
    }) as BreakingRule;

  it("becomes one INTERNAL finding naming the rule, and the other rules still report", async () => {
    const before = { "a.proto": `${P}package p;\nmessage M { int32 a = 1; }\nmessage N { int32 a = 1; }\n` };
    const after = { "a.proto": `${P}package p;\nmessage M {}\nmessage N {}\n` };
    const found = await run(before, after, [boom("message"), FIELD_NO_DELETE]);
    expect(found.filter((f) => f.ruleId === "INTERNAL").map((f) => f.message)).toEqual([expect.stringMatching(/^rule TEST_BOOM failed on message p\.M: kaboom\./)]);
    expect(found.filter((f) => f.ruleId === "FIELD_NO_DELETE")).toHaveLength(2);
  });

  it("a throwing `files` rule becomes a file-less INTERNAL finding", async () => {
    const found = await run({ "a.proto": P }, { "a.proto": P }, [boom("files")]);
    expect(found.map((f) => [f.ruleId, f.file])).toEqual([["INTERNAL", undefined]]);
  });
});

describe("files sharing one descriptor on both sides", () => {
  it("are compared only at the files level: their elements cannot differ, so no pair is built for them", async () => {
    const current = await compileExample({ files: { "a.proto": `${P}package p;\nmessage A { int32 x = 1; }\n`, "b.proto": `${P}package p;\nmessage B { int64 y = 1; }\n` } });
    const changed = await compileExample({ files: { "b.proto": `${P}package p;\nmessage B { int32 y = 1; }\n` } });
    // The against side reuses a.proto's descriptor object, as the CLI does for an unchanged file.
    const previous = new Model([{ proto: current.file("a.proto")!.proto, isImport: false }, { proto: changed.file("b.proto")!.proto, isImport: false }]);
    const pairs = new PairSet(previous, current, false);
    expect(pairs.of("message").map((p) => p.current.name)).toEqual(["B"]);
    expect(pairs.of("file").map((p) => p.current.name)).toEqual(["b.proto"]);
    expect(pairs.of("files")[0]!.previous.map((f) => f.name)).toEqual(["a.proto", "b.proto"]);
    const found = runBreaking(previous, current, { rules: [FIELD_SAME_TYPE, FILE_NO_DELETE], options: { ignoreUnstablePackages: false, extra: {} }, version: "v2" });
    expect(comparable(found)).toEqual(["b.proto:3:13:FIELD_SAME_TYPE"]);
  });
});

describe("new-major-version advice (issue 4)", () => {
  const before = (pkg: string) => ({ [`${pkg.replace(/\./g, "/")}/a.proto`]: `${P}package ${pkg};\nmessage M { int32 n = 1; }\n` });
  const after = (pkg: string) => ({ [`${pkg.replace(/\./g, "/")}/a.proto`]: `${P}package ${pkg};\nmessage M { int64 n = 1; }\n` });

  it("a breaking change in a stable package advises the next major version", async () => {
    const [f] = await run(before("user.v1"), after("user.v1"), [FIELD_SAME_TYPE]);
    expect(f!.ruleId).toBe("FIELD_SAME_TYPE");
    expect([f!.file, f!.startLine, f!.startColumn]).toEqual(["user/v1/a.proto", 3, 13]);
    expect(f!.message).toMatch(/ If this change is intended, add user\.v2 instead of changing user\.v1\.$/);
  });

  it("an unstable or unversioned package gets no such advice", async () => {
    for (const pkg of ["user.v1beta1", "user.v2alpha", "user"]) {
      const [f] = await run(before(pkg), after(pkg), [FIELD_SAME_TYPE]);
      expect(f!.ruleId).toBe("FIELD_SAME_TYPE");
      expect(f!.message).not.toContain("If this change is intended");
    }
  });
});
