// Unchanged files (src/breaking/unchanged.ts): a file whose descriptor is equal on both sides,
// apart from source info, is not compared element by element, unless a file it sees through its
// imports changed (an enum field's default lives in the enum). What the engine skips must never
// hide a finding: the last tests run every rule and compare with buf.
import { describe, expect, it } from "vitest";
import { compileExample } from "../../src/engine/examples.js";
import { PairSet, runBreaking } from "../../src/breaking/run.js";
import { isUnchanged, sameDescriptor } from "../../src/breaking/unchanged.js";
import { BREAKING_RULES } from "../../rules/breaking/index.js";
import { bufBreaking, comparable, comparableBuf } from "./buf-breaking.js";

type Files = Record<string, string>;

async function sides(before: Files, after: Files) {
  const [previous, current] = await Promise.all([compileExample({ files: before }), compileExample({ files: after })]);
  return { previous, current };
}

async function same(before: string, after: string): Promise<boolean> {
  const { previous, current } = await sides({ "a.proto": before }, { "a.proto": after });
  return sameDescriptor(previous.file("a.proto")!.proto, current.file("a.proto")!.proto);
}

const P2 = `syntax = "proto2";\npackage p;\n`;
/** An enum file; the values decide the default of a field of type E (the first value's number). */
const enumFile = (first: string, second: string): string => `${P2}enum E { ${first}; ${second}; }\n`;
const user = `${P2}import "e.proto";\nmessage M { optional E e = 1; }\n`;

describe("sameDescriptor", () => {
  it("ignores comments and layout (source info only)", async () => {
    expect(await same(`${P2}message M { optional int32 a = 1; }\n`, `${P2}// Copyright 2025\nmessage M {\n  // The a.\n  optional int32 a = 1;\n}\n`)).toBe(true);
  });

  it("sees any change to what the rules read", async () => {
    const base = `${P2}message M { optional int32 a = 1; }\n`;
    expect(await same(base, `${P2}message M { optional int64 a = 1; }\n`)).toBe(false);
    expect(await same(base, `${P2}message M { optional int32 b = 1; }\n`)).toBe(false);
    expect(await same(base, `${P2}message M { optional int32 a = 1 [default = 3]; }\n`)).toBe(false);
    expect(await same(base, `${P2}message M { optional int32 a = 1; reserved 2; }\n`)).toBe(false);
    expect(await same(base, `${P2}option java_package = "x";\nmessage M { optional int32 a = 1; }\n`)).toBe(false);
  });

  it("sees an option set to its default (presence), and custom options and features (unknown fields)", async () => {
    expect(await same(`${P2}message M { optional int64 a = 1 [jstype = JS_NORMAL]; }\n`, `${P2}message M { optional int64 a = 1 [jstype = JS_NORMAL, deprecated = false]; }\n`)).toBe(false);
    const custom = (v: number): string =>
      `${P2}import "google/protobuf/descriptor.proto";\nextend google.protobuf.FieldOptions { optional int32 tag = 5000; }\nmessage M { optional int32 a = 1 [(tag) = ${v}]; }\n`;
    expect(await same(custom(1), custom(1))).toBe(true);
    expect(await same(custom(1), custom(2))).toBe(false);
    const cpp = (t: string): string =>
      `edition = "2023";\npackage p;\nimport "google/protobuf/cpp_features.proto";\nmessage M { string a = 1 [features.(pb.cpp).string_type = ${t}]; }\n`;
    expect(await same(cpp("VIEW"), cpp("VIEW"))).toBe(true);
    expect(await same(cpp("VIEW"), cpp("CORD"))).toBe(false);
  });
});

describe("isUnchanged", () => {

  it("an equal file is unchanged; one that sees a changed file is not", async () => {
    const { previous, current } = await sides(
      { "e.proto": enumFile("A = 1", "B = 2"), "a.proto": user, "b.proto": `${P2}message N {}\n` },
      { "e.proto": enumFile("B = 2", "A = 1"), "a.proto": `// Edited.\n${user}`, "b.proto": `// Edited.\n${P2}message N {}\n` },
    );
    expect(previous.targets.filter((f) => isUnchanged(previous, current, f)).map((f) => f.name)).toEqual(["b.proto"]);
    expect(new PairSet(previous, current, false).of("file").map((p) => p.current.name).sort()).toEqual(["a.proto", "e.proto"]);
  });

  it("follows public imports: the enum's file is seen through them", async () => {
    const reexport = `${P2}import public "e.proto";\n`;
    const via = `${P2}import "r.proto";\nmessage M { optional E e = 1; }\n`;
    const { previous, current } = await sides(
      { "e.proto": enumFile("A = 1", "B = 2"), "r.proto": reexport, "a.proto": via },
      { "e.proto": enumFile("B = 2", "A = 1"), "r.proto": reexport, "a.proto": via },
    );
    expect(isUnchanged(previous, current, previous.file("a.proto")!)).toBe(false);
    expect(isUnchanged(previous, current, previous.file("r.proto")!)).toBe(false);
  });
});

describe("no finding is lost (every rule, against buf)", () => {

  it("an equal file whose imported enum changed its first value still gets FIELD_SAME_DEFAULT", async () => {
    const before = { "e.proto": enumFile("A = 1", "B = 2"), "a.proto": user };
    const after = { "e.proto": enumFile("B = 2", "A = 1"), "a.proto": `// Edited.\n${user}` };
    const { previous, current } = await sides(before, after);
    const ours = runBreaking(previous, current, { rules: BREAKING_RULES, options: { ignoreUnstablePackages: false, extra: {} }, version: "v2" });
    expect(comparable(ours)).toContain("a.proto:5:13:FIELD_SAME_DEFAULT");
    const ids = [...new Set(BREAKING_RULES.filter((r) => !r.deprecated).map((r) => r.id))];
    expect(comparable(ours)).toEqual(comparableBuf(await bufBreaking(before, after, { use: ids })));
  });

  it("package rules still see what left a package beside an unchanged file", async () => {
    const a = `${P2}message A {}\nenum E { E0 = 0; }\n`;
    const before = { "a.proto": a, "b.proto": `${P2}message B {}\nenum F { F0 = 0; }\nservice S {}\n` };
    const after = { "a.proto": `// Edited.\n${a}`, "b.proto": `${P2}message B2 {}\n` };
    const { previous, current } = await sides(before, after);
    const rules = BREAKING_RULES.filter((r) => !r.deprecated && (r.categories.v2 ?? []).includes("PACKAGE"));
    const ours = runBreaking(previous, current, { rules, options: { ignoreUnstablePackages: false, extra: {} }, version: "v2" });
    expect(comparable(ours)).toEqual(["b.proto:1:1:PACKAGE_ENUM_NO_DELETE", "b.proto:1:1:PACKAGE_MESSAGE_NO_DELETE", "b.proto:1:1:PACKAGE_SERVICE_NO_DELETE"]);
    expect(comparable(ours)).toEqual(comparableBuf(await bufBreaking(before, after, { use: ["PACKAGE"] })));
  });
});

describe("sameDescriptor on real history (google-proto-files 5.0.2 → 5.0.3)", () => {
  it("agrees with protobuf-es equals (unknown fields included, source info left out) on every file both sides have", async () => {
    const { compile } = await import("../../src/compiler/compile.js");
    const { historyNewDir, historyOldDir } = await import("./history.js");
    const { listProtoFiles } = await import("../util/files.js");
    const { dirResolver } = await import("../util/resolver.js");
    const { equals } = await import("@bufbuild/protobuf");
    const { FileDescriptorProtoSchema } = await import("@bufbuild/protobuf/wkt");
    const pick = (dir: string): string[] => listProtoFiles(dir).filter((f) => /^google\/(api|type|rpc|cloud\/[a-c])/.test(f));
    const [oldDir, newDir] = [historyOldDir(), historyNewDir()];
    const [a, b] = await Promise.all([
      compile({ files: pick(oldDir), resolver: dirResolver(oldDir), sourceInfo: false }),
      compile({ files: pick(newDir), resolver: dirResolver(newDir), sourceInfo: false }),
    ]);
    const after = new Map(b.files.map((f) => [f.path, f.proto]));
    let equal = 0;
    let different = 0;
    for (const f of a.files) {
      const p = f.proto;
      const q = after.get(f.path);
      if (!p || !q) continue;
      const expected = equals(FileDescriptorProtoSchema, p, q, { unknown: true } as never);
      expect(sameDescriptor(p, q), f.path).toBe(expected);
      if (expected) equal++;
      else different++;
    }
    // both answers occur, so the comparison could fail either way
    expect(equal).toBeGreaterThan(100);
    expect(different).toBeGreaterThan(10);
  }, 120_000);
});
