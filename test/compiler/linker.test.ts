/**
 * Differential test of the linker and descriptor builder over test/fixtures/link: every file's
 * FileDescriptorProto must equal buf 1.75's, without and with SourceCodeInfo, and the image must list
 * the same files in the same order.
 */
import { join } from "node:path";
import { equals } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, test } from "vitest";
import { compile } from "../../src/compiler/compile.js";
import { bufBuild } from "../util/buf.js";
import { withoutSourceInfo } from "../util/compare.js";
import { explainDifference, writeDiffImages } from "../util/diff.js";
import { listProtoFiles, projectRoot } from "../util/files.js";
import { ourBuild, type OurImage } from "../util/ours.js";
import { dirResolver } from "../util/resolver.js";

const dir = join(projectRoot, "test/fixtures/link");
const files = listProtoFiles(dir);

for (const sourceInfo of [false, true]) {
  const mode = sourceInfo ? "with source info" : "without source info";
  describe(`link fixtures ${mode}`, () => {
    let ref: Map<string, FileDescriptorProto>;
    let ours: OurImage;
    let images: { ref: string; ours: string } | undefined;
    beforeAll(async () => {
      const image = await bufBuild(dir, { sourceInfo });
      ref = new Map(image.set.file.map((f) => [f.name, f]));
      ours = await ourBuild(dir, { sourceInfo });
    });

    test("no errors, same files in buf's order", () => {
      expect(ours.errors).toEqual([]);
      expect(ours.files.map((f) => f.name)).toEqual([...ref.keys()]);
    });

    for (const file of files) {
      test(file, () => {
        const r = ref.get(file)!;
        const o = ours.files.find((f) => f.name === file);
        expect(o).toBeDefined();
        const a = sourceInfo ? r : withoutSourceInfo(r);
        const b = sourceInfo ? o! : withoutSourceInfo(o!);
        if (equals(FileDescriptorProtoSchema, a, b)) return;
        images ??= writeDiffImages(`link-${sourceInfo ? "si" : "nosi"}`, [...ref.values()], ours.files);
        expect.fail(`${file} differs from buf ${mode}:\n${explainDifference(images, file)}`);
      });
    }
  });
}

describe("compile() behaviour", () => {
  test("unused imports are listed, public imports never", async () => {
    const r = await compile({ files: ["imp/user.proto", "imp/reexport.proto"], resolver: dirResolver(dir), sourceInfo: false });
    const user = r.files.find((f) => f.path === "imp/user.proto")!;
    // any is unused; Base is credited to the direct (weak) import of base.proto, not to the
    // public re-export through reexport.proto (as buf does)
    expect(user.proto?.dependency).toEqual(["imp/reexport.proto", "google/protobuf/any.proto", "imp/base.proto"]);
    expect(user.unusedDependencies).toEqual([1]);
    const re = r.files.find((f) => f.path === "imp/reexport.proto")!;
    expect(re.unusedDependencies).toEqual([]);
    expect(r.files.find((f) => f.path === "google/protobuf/any.proto")?.isImport).toBe(true);
    expect(user.isImport).toBe(false);
  });

  test("an import used only by a custom option counts as used (buf's unused_dependency)", async () => {
    const r = await compile({ files: ["unused/a.proto"], resolver: dirResolver(dir), sourceInfo: false });
    const a = r.files.find((f) => f.path === "unused/a.proto")!;
    expect(a.proto?.dependency).toEqual(["unused/opts.proto", "unused/other.proto", "google/protobuf/empty.proto", "google/protobuf/timestamp.proto"]);
    // other.proto is unused; the public empty.proto is never listed; opts.proto provides (o.my_opt)
    expect(a.unusedDependencies).toEqual([1]);
    expect(r.files.map((f) => f.path)).toEqual([
      "google/protobuf/descriptor.proto", "unused/opts.proto", "unused/other.proto",
      "google/protobuf/empty.proto", "google/protobuf/timestamp.proto", "unused/a.proto",
    ]);
    expect(r.files.map((f) => f.isImport)).toEqual([true, true, true, true, true, false]);
  });

  test("WKT results are shared across calls and stay equal", async () => {
    const a = await compile({ files: ["p3/fields.proto"], resolver: dirResolver(dir), sourceInfo: false });
    const b = await compile({ files: ["p3/fields.proto"], resolver: dirResolver(dir), sourceInfo: false });
    const ta = a.files.find((f) => f.path === "google/protobuf/timestamp.proto")!.proto!;
    const tb = b.files.find((f) => f.path === "google/protobuf/timestamp.proto")!.proto!;
    expect(tb).toBe(ta);
    expect(a.files.map((f) => f.path)).toEqual(["google/protobuf/timestamp.proto", "p3/fields.proto"]);
  });

  test("diagnostics use the resolver's display path", async () => {
    const r = await compile({
      files: ["a/b.proto"],
      resolver: {
        async read(p) {
          if (p !== "a/b.proto") return undefined;
          return { bytes: new TextEncoder().encode('syntax = "proto3";\nmessage B { Nope n = 1; }\n'), where: "proto/a/b.proto" };
        },
      },
      sourceInfo: false,
    });
    const { formatDiagnostic } = await import("../../src/compiler/diagnostics.js");
    expect(r.diagnostics.map(formatDiagnostic)).toEqual(["proto/a/b.proto:2:13:cannot find `Nope` in this scope"]);
    expect(r.files.map((f) => f.path)).toEqual(["a/b.proto"]);
  });

  test("a missing import is reported at the import and the other files still compile", async () => {
    const r = await compile({
      files: ["a.proto", "b.proto"],
      resolver: {
        async read(p) {
          const text: Record<string, string> = {
            "a.proto": 'syntax = "proto3";\n  import "nope.proto";\n',
            "b.proto": 'syntax = "proto3";\nmessage B {}\n',
          };
          return text[p] === undefined ? undefined : { bytes: new TextEncoder().encode(text[p]) };
        },
      },
      sourceInfo: false,
    });
    const errs = r.diagnostics.map((d) => `${d.file}:${d.message}`);
    expect(errs).toEqual(["a.proto:imported file does not exist"]);
    const { diagnosticPosition } = await import("../../src/compiler/diagnostics.js");
    expect(diagnosticPosition(r.diagnostics[0]!)).toMatchObject({ line: 2, column: 3 });
    expect(r.files.find((f) => f.path === "a.proto")?.proto).toBeUndefined();
    expect(r.files.find((f) => f.path === "b.proto")?.proto?.messageType[0]?.name).toBe("B");
  });
});
