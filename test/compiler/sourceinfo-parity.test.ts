/**
 * SourceCodeInfo parity with buf 1.75: each fixture module is compiled by `compile` and by
 * `buf build` (cached under .cache/buf/ by a hash of the fixture contents), and every file's
 * SourceCodeInfo must be equal (`equals(SourceCodeInfoSchema, …)`: paths, spans, comments, order).
 * A failure prints the shared descriptor-diff tool's explanation of the file's first differences.
 *
 * test/fixtures/sourceinfo/ exercises every rule of shared/reference/source-info.md (comments in
 * every position, tabs and wide characters, multi-line spans and the sort quirk, reserved and
 * extension ranges, groups in every scope, extend blocks, services, options of every kind,
 * editions, imports, CRLF, BOM, empty and syntax-less files); test/fixtures/constructs/ is the
 * descriptor workers' corpus of constructs.
 */
import { equals } from "@bufbuild/protobuf";
import { SourceCodeInfoSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bufBuild } from "../util/buf.js";
import { explainDifference, writeDiffImages } from "../util/diff.js";
import { listProtoFiles, projectRoot } from "../util/files.js";
import { ourBuild } from "../util/ours.js";

const modules = ["test/fixtures/sourceinfo", "test/fixtures/constructs"];

for (const mod of modules) {
  const dir = join(projectRoot, mod);
  if (!existsSync(dir)) continue;
  const files = listProtoFiles(dir);

  describe(`source info parity: ${mod}`, () => {
    let ref = new Map<string, FileDescriptorProto>();
    let ours = new Map<string, FileDescriptorProto>();
    let images: { ref: string; ours: string } | undefined;
    let refList: FileDescriptorProto[] = [];
    let ourList: FileDescriptorProto[] = [];
    let errors: string[] = [];

    beforeAll(async () => {
      const [b, o] = await Promise.all([bufBuild(dir), ourBuild(dir)]);
      refList = b.set.file;
      ourList = o.files;
      errors = o.errors;
      ref = new Map(refList.map((f) => [f.name, f]));
      ours = new Map(ourList.map((f) => [f.name, f]));
    });

    it("imported files (the bundled well-known types) equal buf's too", () => {
      const listed = new Set(files);
      const imported = refList.filter((f) => !listed.has(f.name));
      const differing = imported.filter((r) => {
        const c = ours.get(r.name);
        return !c || !c.sourceCodeInfo || !equals(SourceCodeInfoSchema, r.sourceCodeInfo!, c.sourceCodeInfo);
      });
      expect(differing.map((f) => f.name)).toEqual([]);
    });

    for (const file of files) {
      it(file, () => {
        const r = ref.get(file);
        const c = ours.get(file);
        expect(r, "buf built the file").toBeDefined();
        expect(c, `we built the file (errors: ${errors.join("; ")})`).toBeDefined();
        const rs = r!.sourceCodeInfo;
        const cs = c!.sourceCodeInfo;
        expect(cs, "source info present").toBeDefined();
        if (!equals(SourceCodeInfoSchema, rs!, cs!)) {
          images ??= writeDiffImages(`sourceinfo-${mod.replace(/\W+/g, "_")}`, refList, ourList);
          expect.fail(`source info differs from buf's:\n${explainDifference(images, file)}`);
        }
      });
    }
  });
}
