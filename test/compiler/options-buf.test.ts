/**
 * Differential test of option interpretation over test/fixtures/options: every fixture's
 * descriptor must equal buf 1.75's *including the bytes of custom options* (`equals` with
 * `{unknown: true}`, descriptors.md §0, §9.4), first without, then with SourceCodeInfo.
 * Buf's image extension (8042 on each file) and SourceCodeInfo extension are left out of the
 * comparison: they are not option bytes.
 */
import { join } from "node:path";
import { clone, createRegistry, equals } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, test } from "vitest";
import { bufBuild } from "../util/buf.js";
import { explainDifference, writeDiffImages } from "../util/diff.js";
import { listProtoFiles, projectRoot } from "../util/files.js";
import { ourBuild, type OurImage } from "../util/ours.js";

const fixtureDir = join(projectRoot, "test/fixtures/options");
const fixtureFiles = listProtoFiles(fixtureDir);

/** A copy without buf's image-level unknown fields (file extension 8042, source-info extension). */
function comparable(f: FileDescriptorProto): FileDescriptorProto {
  const c = clone(FileDescriptorProtoSchema, f);
  c.$unknown = undefined;
  if (c.sourceCodeInfo) c.sourceCodeInfo.$unknown = undefined;
  return c;
}

test("the option fixtures cover enough files", () => {
  expect(fixtureFiles.length).toBeGreaterThanOrEqual(6);
});

for (const sourceInfo of [false, true]) {
  const mode = sourceInfo ? "with source info" : "without source info";
  describe(`option fixtures ${mode}`, () => {
    let ref: Map<string, FileDescriptorProto>;
    let ours: OurImage;
    let images: { ref: string; ours: string } | undefined;
    beforeAll(async () => {
      const image = await bufBuild(fixtureDir, { sourceInfo });
      ref = new Map(image.set.file.map((f) => [f.name, f]));
      ours = await ourBuild(fixtureDir, { sourceInfo });
    });

    test("our compiler reports no errors", () => {
      expect(ours.errors).toEqual([]);
    });

    for (const file of fixtureFiles) {
      test(file, () => {
        const r = ref.get(file);
        const o = ours.files.find((f) => f.name === file);
        expect(r, "buf built it").toBeDefined();
        expect(o, "our compiler produced a descriptor").toBeDefined();
        if (!r || !o) return;
        if (equals(FileDescriptorProtoSchema, comparable(r), comparable(o), { registry: createRegistry(), unknown: true })) return;
        images ??= writeDiffImages(`options-${sourceInfo ? "si" : "nosi"}`, [...ref.values()], ours.files);
        expect.fail(`${file} differs from buf ${mode}:\n${explainDifference(images, file)}`);
      });
    }
  });
}
