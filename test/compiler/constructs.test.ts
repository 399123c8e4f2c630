/**
 * Differential test over the construct fixtures (test/fixtures/constructs): for every file, our
 * FileDescriptorProto must equal buf 1.75's, first ignoring SourceCodeInfo, then including it.
 * One test per file and mode, so a failure names the file; the failure message carries the
 * descriptor-diff explanation.
 */
import { join } from "node:path";
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, test } from "vitest";
import { bufBuild } from "../util/buf.js";
import { differenceCauses } from "../util/causes.js";
import { compareFile } from "../util/compare.js";
import { explainDifference, writeDiffImages } from "../util/diff.js";
import { listProtoFiles, projectRoot } from "../util/files.js";
import { bytesEqual, describeByteDifference, splitImage } from "../util/image.js";
import { ourBuild, type OurImage } from "../util/ours.js";

const fixtureDir = join(projectRoot, "test/fixtures/constructs");
const fixtureFiles = listProtoFiles(fixtureDir);

/** The well-known types the fixtures import; buf puts them in the image as imports. */
const importedWkts = [
  "google/protobuf/any.proto",
  "google/protobuf/cpp_features.proto",
  "google/protobuf/descriptor.proto",
  "google/protobuf/empty.proto",
  "google/protobuf/timestamp.proto",
];

test("the fixture set is large enough to mean something", () => {
  expect(fixtureFiles.length).toBeGreaterThanOrEqual(25);
});

/**
 * Image bytes: our encoded image (src/compiler/image.ts), split per file, must be byte-for-byte
 * buf's, with and without source info. This is the strictest check: it also covers custom option
 * byte order, buf's image extension 8042 and the SourceCodeInfo extension 536000000.
 */
for (const sourceInfo of [false, true]) {
  describe(`constructs image bytes ${sourceInfo ? "with" : "without"} source info`, () => {
    let ref: Map<string, Uint8Array>;
    let oursOrError: Map<string, Uint8Array> | Error;
    beforeAll(async () => {
      ref = splitImage((await bufBuild(fixtureDir, { sourceInfo })).bytes);
      oursOrError = await ourBuild(fixtureDir, { sourceInfo }).then(
        async (o) => {
          const { encodeImage } = await import("../../src/compiler/image.js");
          return splitImage(encodeImage(o.result.files, { excludeSourceInfo: !sourceInfo }));
        },
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      );
    });
    for (const file of [...fixtureFiles, ...importedWkts]) {
      test(file, () => {
        if (oursOrError instanceof Error) throw oursOrError;
        const r = ref.get(file);
        const o = oursOrError.get(file);
        expect(r, "buf built it").toBeDefined();
        expect(o, "our image has it").toBeDefined();
        if (r && o && !bytesEqual(r, o)) {
          expect.fail(`${file}: our image bytes differ from buf's (${o.length} vs ${r.length} bytes): ${describeByteDifference(r, o)}`);
        }
      });
    }
  });
}

/**
 * Modes: without SourceCodeInfo, with it, and with it plus unknown fields (custom options are
 * unknown fields of the options messages: this compares their exact bytes and order).
 */
const modes = [
  { sourceInfo: false, unknown: false, mode: "without source info", label: "nosi" },
  { sourceInfo: true, unknown: false, mode: "with source info", label: "si" },
  { sourceInfo: true, unknown: true, mode: "with source info and custom option bytes", label: "si-unknown" },
];

for (const { sourceInfo, unknown, mode, label } of modes) {
  describe(`constructs ${mode}`, () => {
    let ref: Map<string, FileDescriptorProto>;
    let oursOrError: OurImage | Error;
    const ours = (): OurImage => {
      if (oursOrError instanceof Error) throw oursOrError;
      return oursOrError;
    };
    let images: { ref: string; ours: string } | undefined;
    beforeAll(async () => {
      const image = await bufBuild(fixtureDir, { sourceInfo });
      ref = new Map(image.set.file.map((f) => [f.name, f]));
      // A compiler failure fails the tests that need it, not the reference checks.
      oursOrError = await ourBuild(fixtureDir, { sourceInfo }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    });

    test("buf's image holds every fixture and the imported well-known types", () => {
      expect([...ref.keys()].sort()).toEqual([...fixtureFiles, ...importedWkts].sort());
      expect([...ref.values()].every((f) => (f.sourceCodeInfo !== undefined) === sourceInfo)).toBe(true);
    });

    test("our compiler reports no errors", () => {
      const errors = ours().errors;
      expect(errors, `${errors.length} errors, first:\n${errors.slice(0, 30).join("\n")}`).toEqual([]);
    });

    test("our image lists the same files in buf's order", () => {
      const names = ours().files.map((f) => f.name);
      expect(names, `ours: ${names.join(" ")}\nbuf:  ${[...ref.keys()].join(" ")}`).toEqual([...ref.keys()]);
    });

    for (const file of [...fixtureFiles, ...importedWkts]) {
      test(file, () => {
        const r = ref.get(file);
        const o = ours().files.find((f) => f.name === file);
        expect(r, "buf built it").toBeDefined();
        expect(o, "our compiler produced a descriptor").toBeDefined();
        if (!r || !o) return;
        if (compareFile(r, o, sourceInfo, unknown)) return;
        images ??= writeDiffImages(`constructs-${label}`, [...ref.values()], ours().files);
        const causes = differenceCauses(r, o, sourceInfo, unknown).join("\n  ");
        expect.fail(`${file} differs from buf ${mode}:\n  ${causes}\n${explainDifference(images, file)}`);
      });
    }
  });
}
