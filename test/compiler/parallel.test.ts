/**
 * Compiling in worker threads (src/compiler/parallel.ts) gives what compiling in one thread gives:
 * the same files in the same order with equal descriptors (unknown fields included) and the same
 * image bytes, on a slice of the real corpus; and where the workers cannot prove that (clashes
 * between files no worker saw together, diagnostics), the result is the one-thread result, with
 * its diagnostics.
 */
import { equals } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, test } from "vitest";
import { compile, type CompileResult, type Resolver } from "../../src/compiler/compile.js";
import { formatDiagnostic } from "../../src/compiler/diagnostics.js";
import { encodeImage } from "../../src/compiler/image.js";
import { autoWorkers } from "../../src/compiler/parallel.js";
import { corpusDir } from "../util/corpus.js";
import { listProtoFiles } from "../util/files.js";
import { dirResolver } from "../util/resolver.js";

function memoryResolver(files: Record<string, string>): Resolver {
  return { read: async (p) => (p in files ? { bytes: new TextEncoder().encode(files[p]) } : undefined) };
}

function sameResult(par: CompileResult, seq: CompileResult): void {
  expect(par.files.map((f) => [f.path, f.isImport, f.syntaxUnspecified, f.unusedDependencies])).toEqual(
    seq.files.map((f) => [f.path, f.isImport, f.syntaxUnspecified, f.unusedDependencies]),
  );
  for (let i = 0; i < seq.files.length; i++) {
    const a = seq.files[i]!.proto;
    const b = par.files[i]!.proto;
    expect(b === undefined, seq.files[i]!.path).toBe(a === undefined);
    if (a && b) expect(equals(FileDescriptorProtoSchema, a, b, { unknown: true, extensions: false } as never), seq.files[i]!.path).toBe(true);
  }
  expect(par.diagnostics.map(formatDiagnostic)).toEqual(seq.diagnostics.map(formatDiagnostic));
}

describe("a slice of google-proto-files in 2 workers", () => {
  const dir = corpusDir();
  // Whole directories, so that files import each other across the two workers' runs.
  const files = listProtoFiles(dir).filter((f) => /^google\/(api|type|rpc|longrunning|iam\/v1|cloud\/(aiplatform\/v1|bigquery\/v2|kms|redis))\//.test(f));
  for (const sourceInfo of [true, false]) {
    describe(sourceInfo ? "with source info" : "without source info", () => {
      let par: CompileResult;
      let seq: CompileResult;
      beforeAll(async () => {
        par = await compile({ files, resolver: dirResolver(dir), sourceInfo, workers: 2 });
        seq = await compile({ files, resolver: dirResolver(dir), sourceInfo });
      }, 120_000);

      test("the workers did the compile", () => {
        expect(files.length).toBeGreaterThan(300);
        expect(par.workers).toBe(2);
        expect(seq.workers).toBeUndefined();
      });

      test("same files, order, descriptors and diagnostics as one thread", () => sameResult(par, seq));

      test("same image bytes (copied from the workers, never re-encoded)", () => {
        expect(Buffer.compare(encodeImage(par.files), encodeImage(seq.files))).toBe(0);
        expect(Buffer.compare(encodeImage(par.files, { excludeImports: true }), encodeImage(seq.files, { excludeImports: true }))).toBe(0);
      });
    });
  }
});

describe("what only one symbol table can see: compiled in one thread instead", () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      "the same message in two files that do not import each other",
      { "a/a.proto": 'syntax = "proto3";\npackage p;\nmessage Dup {}\n', "z/z.proto": 'syntax = "proto3";\npackage p;\nmessage Dup {}\n' },
      "a/a.proto:3:9:`Dup` declared multiple times",
    ],
    [
      "an enum value in one file, a message in another",
      { "a/a.proto": 'syntax = "proto3";\npackage p;\nenum E { X = 0; }\n', "z/z.proto": 'syntax = "proto3";\npackage p;\nmessage X {}\n' },
      "z/z.proto:3:9:`X` declared multiple times",
    ],
    [
      "a package named like another file's message",
      { "a/a.proto": 'syntax = "proto3";\npackage p;\nmessage q {}\n', "z/z.proto": 'syntax = "proto3";\npackage p.q;\nmessage M {}\n' },
      "z/z.proto:2:1:`q` declared multiple times",
    ],
    [
      "one extension number used by two files",
      {
        "a/a.proto": 'syntax = "proto2";\npackage p;\nimport "b/base.proto";\nextend Base { optional int32 x = 100; }\n',
        "b/base.proto": 'syntax = "proto2";\npackage p;\nmessage Base { extensions 100 to 200; }\n',
        "z/z.proto": 'syntax = "proto2";\npackage p.z;\nimport "b/base.proto";\nextend p.Base { optional int32 y = 100; }\n',
      },
      "z/z.proto:4:36:field number `100` used more than once",
    ],
    ["a syntax error", { "a/a.proto": 'syntax = "proto3";\nmessage A {}\n', "z/z.proto": 'syntax = "proto3";\nmessage Z {\n' }, "z/z.proto:2:11:encountered unmatched `{` delimiter"],
  ];
  for (const [name, files, expected] of cases) {
    test(name, async () => {
      const resolver = memoryResolver(files);
      const targets = Object.keys(files).filter((f) => f !== "b/base.proto");
      const par = await compile({ files: targets, resolver, workers: 2 });
      const seq = await compile({ files: targets, resolver });
      expect(par.workers).toBeUndefined();
      expect(par.diagnostics.length).toBeGreaterThan(0);
      expect(par.diagnostics.map(formatDiagnostic).join("\n")).toContain(expected);
      sameResult(par, seq);
    }, 60_000);
  }

  test("files that only share a package compile in the workers", async () => {
    const files = { "a/a.proto": 'syntax = "proto3";\npackage p;\nmessage A {}\n', "z/z.proto": 'syntax = "proto3";\npackage p;\nmessage Z {}\n' };
    const par = await compile({ files: Object.keys(files), resolver: memoryResolver(files), workers: 2 });
    expect(par.diagnostics).toEqual([]);
    expect(par.workers).toBe(2);
    expect(par.files.map((f) => f.proto?.messageType.map((m) => m.name))).toEqual([["A"], ["Z"]]);
  }, 60_000);
});

describe("how many workers 'auto' means", () => {
  test("one per core with 2 MiB each, none on 2 cores; PROTOGUARD_WORKERS overrides", () => {
    const saved = process.env["PROTOGUARD_WORKERS"];
    try {
      delete process.env["PROTOGUARD_WORKERS"];
      expect(autoWorkers(1 << 20, 500, 4)).toBe(1);
      expect(autoWorkers(5 << 20, 500, 4)).toBe(2);
      expect(autoWorkers(70 << 20, 500, 4)).toBe(4);
      expect(autoWorkers(70 << 20, 500, 16)).toBe(8);
      expect(autoWorkers(70 << 20, 3, 4)).toBe(3);
      expect(autoWorkers(70 << 20, 500, 2)).toBe(1);
      process.env["PROTOGUARD_WORKERS"] = "3";
      expect(autoWorkers(10, 500)).toBe(3);
      expect(autoWorkers(10, 2)).toBe(2);
      process.env["PROTOGUARD_WORKERS"] = "not a number";
      expect(autoWorkers(1 << 20, 500)).toBe(1);
    } finally {
      if (saved === undefined) delete process.env["PROTOGUARD_WORKERS"];
      else process.env["PROTOGUARD_WORKERS"] = saved;
    }
  });
});
