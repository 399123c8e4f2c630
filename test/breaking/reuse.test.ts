// src/breaking/reuse.ts: which against files reuse the input's descriptors. Checked directly (which
// files, how many compiled) and end to end: findings with reuse equal buf's on the same sides.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile, type Resolver } from "../../src/compiler/compile.js";
import { hashBytes, planReuse, tokensEqual } from "../../src/breaking/reuse.js";
import { buf, protoguard, removeTmpDirs, REPO, tmpDir } from "../cli/helpers.js";
import { parseBufJson } from "./buf-breaking.js";

afterAll(removeTmpDirs);

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
/** Bundled, read by neither side: always the same. */
const WKT = "google/protobuf/descriptor.proto";
const P = `syntax = "proto3";\npackage shop.v1;\n`;
const COMMON = `${P}// Money.\nmessage Money {\n  int64 units = 1; // whole units\n}\nextend google.protobuf.FieldOptions { string unit = 50001; }\nimport "google/protobuf/descriptor.proto";\n`;

const INPUT: Record<string, string> = {
  "shop/v1/common.proto": COMMON,
  "shop/v1/a.proto": `${P}import "shop/v1/common.proto";\nmessage A { Money m = 1 [(unit) = "eur"]; }\n`,
  "shop/v1/b.proto": `${P}import "shop/v1/a.proto";\nmessage B { A a = 1; }\n`,
  "shop/v1/c.proto": `${P}message C { string s = 1; }\n`,
};

function resolver(files: Record<string, string>): Resolver {
  return { read: async (p) => (p in files ? { bytes: enc(files[p]!) } : undefined) };
}

async function plan(against: Record<string, string>) {
  const r = resolver(INPUT);
  const hashes = new Map<string, string>();
  const recording: Resolver = {
    read: async (p) => {
      const got = await r.read(p);
      if (got) hashes.set(p, hashBytes(got.bytes));
      return got;
    },
  };
  const result = await compile({ files: Object.keys(INPUT), resolver: recording });
  expect(result.diagnostics).toEqual([]);
  return planReuse(Object.keys(against).sort(), resolver(against), { files: result.files, hashes, read: (p) => r.read(p) });
}

describe("tokensEqual", () => {
  it("sees through comments and layout only", () => {
    expect(tokensEqual("x.proto", enc(COMMON), enc(COMMON.replace("// Money.", "/* Money,\n of any kind. */").replace("{\n  int64", "{ int64")))).toBe(true);
    expect(tokensEqual("x.proto", enc(COMMON), enc(COMMON.replace("units", "nanos")))).toBe(false);
    // The same string value written differently is a different token: no attempt to be clever.
    expect(tokensEqual("x.proto", enc(`option a = "a";`), enc(`option a = "\\x61";`))).toBe(false);
    expect(tokensEqual("x.proto", enc(`message A {}`), enc(`message A {} message B {}`))).toBe(false);
    expect(tokensEqual("x.proto", enc(`message A {}`), new Uint8Array([0x6d, 0xff, 0xfe]))).toBe(false);
    expect(tokensEqual("x.proto", enc(`message A { "unterminated }`), enc(`message A { "unterminated }`))).toBe(false);
  });
});

describe("planReuse", () => {
  it("reuses every file when nothing changed", async () => {
    const p = await plan(INPUT);
    expect([...p.same].sort()).toEqual([WKT, "shop/v1/a.proto", "shop/v1/b.proto", "shop/v1/c.proto", "shop/v1/common.proto"]);
    expect(p.commentOnly).toBe(0);
  });

  it("an import changed only in comments is compiled again, what imports it is reused", async () => {
    const p = await plan({ ...INPUT, "shop/v1/common.proto": COMMON.replace("// Money.", "// Money, in any currency.\n\n// detached") });
    expect([...p.same].sort()).toEqual([WKT, "shop/v1/a.proto", "shop/v1/b.proto", "shop/v1/c.proto"]);
    expect(p.commentOnly).toBe(1);
  });

  it("an import whose tokens changed makes everything that sees it, transitively, compile again", async () => {
    const p = await plan({ ...INPUT, "shop/v1/common.proto": COMMON.replace("50001", "50002") });
    expect([...p.same].sort()).toEqual([WKT, "shop/v1/c.proto"]);
    expect(p.commentOnly).toBe(0);
  });

  it("a changed target is compiled; its unchanged imports and the others are reused", async () => {
    const p = await plan({ ...INPUT, "shop/v1/a.proto": INPUT["shop/v1/a.proto"]!.replace("m = 1", "money = 1") });
    expect([...p.same].sort()).toEqual([WKT, "shop/v1/c.proto", "shop/v1/common.proto"]);
  });
});

describe("end to end, against buf", () => {
  const write = (dir: string, files: Record<string, string>): void => {
    for (const [p, text] of Object.entries({ "buf.yaml": "version: v2\n", ...files })) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
  };
  const keys = (out: string): string[] => parseBufJson(out).map((f) => `${f.path}:${f.start_line}:${f.start_column}:${f.type}`).sort();

  it("comment-only change of a shared import plus real breaks elsewhere: the same findings as buf", async () => {
    const root = tmpDir();
    // The old side: comments differ in common.proto; b.proto had a field the new side deletes.
    write(join(root, "old"), {
      ...INPUT,
      "shop/v1/common.proto": COMMON.replace("// whole units", "// the whole units of the amount"),
      "shop/v1/b.proto": `${P}import "shop/v1/a.proto";\nmessage B { A a = 1; int32 gone = 2; }\n`,
      "shop/v1/c.proto": `${P}message C { int32 s = 1; }\n`,
    });
    write(join(root, "new"), INPUT);
    process.env["PROTOGUARD_TIMING"] = "1";
    const ours = await protoguard(["breaking", "new", "--against", "old", "--error-format", "json"], root).finally(() => delete process.env["PROTOGUARD_TIMING"]);
    // a.proto and the bundled descriptor.proto are the input's; common.proto, b.proto, c.proto are compiled.
    expect(ours.stderr).toMatch(/against side \(5 files, 2 reused from the input side\)/);
    const theirs = buf(["breaking", "new", "--against", "old", "--error-format", "json"], root);
    expect(theirs.code).toBe(100);
    expect(ours.code).toBe(1);
    expect(keys(ours.stdout.toString())).toEqual(keys(theirs.stdout.toString()));
    expect(keys(ours.stdout.toString())).toEqual(["new/shop/v1/b.proto:4:1:FIELD_NO_DELETE", "new/shop/v1/c.proto:3:13:FIELD_SAME_TYPE"]);
  });

  it("every file depends on descriptor.proto: a module's own copy that changed compiles everything again", async () => {
    const root = tmpDir();
    const descriptor = readFileSync(join(REPO, "node_modules/google-proto-files/google/protobuf/descriptor.proto"), "utf8");
    const javaPackage = "optional string java_package = 1;";
    expect(descriptor).toContain(javaPackage);
    // No import of descriptor.proto: the standard option is still interpreted with it.
    const a = `${P}option java_package = "com.shop";\nmessage A {}\n`;
    write(join(root, "old"), { "google/protobuf/descriptor.proto": descriptor.replace(javaPackage, "optional string java_package = 60;"), "shop/v1/a.proto": a });
    write(join(root, "new"), { "google/protobuf/descriptor.proto": descriptor, "shop/v1/a.proto": a });
    const ours = await protoguard(["breaking", "new", "--against", "old", "--error-format", "json"], root);
    const theirs = buf(["breaking", "new", "--against", "old", "--error-format", "json"], root);
    // On the old side java_package was field 60, which buf's (and protobuf-es's) FileOptions do not know.
    expect(keys(theirs.stdout.toString())).toContain("new/shop/v1/a.proto:3:1:FILE_SAME_JAVA_PACKAGE");
    expect(keys(ours.stdout.toString())).toEqual(keys(theirs.stdout.toString()));
  });
});
