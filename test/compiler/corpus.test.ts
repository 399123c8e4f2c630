/**
 * Differential test over the real corpus (google-proto-files 5.0.3, ~8,000 files) built as one
 * module: every file must compile without error, and every file's descriptor must equal buf
 * 1.75's without and with SourceCodeInfo. The test prints the counts and the first differing
 * files with the descriptor-diff explanation, so a failing run says where to look.
 *
 * Cost: buf builds once per mode (cached under .cache/buf by content hash), we compile once per mode.
 */
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, test } from "vitest";
import { bufBuild } from "../util/buf.js";
import { compareImages, type Comparison } from "../util/compare.js";
import { formatCauses, groupCauses } from "../util/causes.js";
import { corpusDir, corpusExcludes } from "../util/corpus.js";
import { explainDifference, writeDiffImages } from "../util/diff.js";
import { listProtoFiles } from "../util/files.js";
import { bytesEqual, describeByteDifference, splitImage } from "../util/image.js";
import { ourBuild, type OurImage } from "../util/ours.js";

const dir = corpusDir();
const targets = listProtoFiles(dir, { excludes: corpusExcludes });
const shown = 5;

function report(mode: string, total: number, c: Comparison): string {
  const lines = [
    `corpus ${mode}: ${c.equal.length}/${total} files equal to buf` +
      ` (unequal ${c.unequal.length}, missing ${c.missing.length}, extra ${c.extra.length})`,
  ];
  if (c.unequal.length) lines.push(`  first unequal: ${c.unequal.slice(0, 10).join(", ")}`);
  if (c.missing.length) lines.push(`  first missing: ${c.missing.slice(0, 10).join(", ")}`);
  if (c.extra.length) lines.push(`  first extra: ${c.extra.slice(0, 10).join(", ")}`);
  return lines.join("\n");
}

test("the corpus is the expected size", () => {
  expect(targets.length).toBeGreaterThan(7900);
});

for (const sourceInfo of [false, true]) {
  const mode = sourceInfo ? "with source info" : "without source info";
  describe(`corpus ${mode}`, () => {
    let ref: FileDescriptorProto[];
    let refBytes: Uint8Array;
    let oursOrError: OurImage | Error;
    const ours = (): OurImage => {
      if (oursOrError instanceof Error) throw oursOrError;
      return oursOrError;
    };
    beforeAll(async () => {
      const image = await bufBuild(dir, { sourceInfo, excludes: corpusExcludes });
      ref = image.set.file;
      refBytes = image.bytes;
      const t0 = performance.now();
      // A compiler failure fails the tests that need it, not the reference check.
      oursOrError = await ourBuild(dir, { sourceInfo, excludes: corpusExcludes }).catch((e: unknown) =>
        e instanceof Error ? e : new Error(String(e)),
      );
      console.log(`corpus ${mode}: our compile took ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    });

    test("buf's image holds every target", () => {
      const names = new Set(ref.map((f) => f.name));
      expect(targets.filter((t) => !names.has(t))).toEqual([]);
      expect(ref.every((f) => (f.sourceCodeInfo !== undefined) === sourceInfo)).toBe(true);
    });

    test("every file compiles without error", () => {
      const errors = ours().errors;
      if (errors.length) console.log(`corpus ${mode}: ${errors.length} errors, first:\n  ${errors.slice(0, 20).join("\n  ")}`);
      expect(errors.slice(0, 20)).toEqual([]);
    });

    test("every file equals buf's", () => {
      const c = compareImages(ref, ours().files, sourceInfo);
      const total = ref.length;
      let text = report(mode, total, c);
      if (c.unequal.length) {
        const byName = new Map(ours().files.map((f) => [f.name, f]));
        const refByName = new Map(ref.map((f) => [f.name, f]));
        const sample = c.unequal.slice(0, 300).map((name) => ({ name, ref: refByName.get(name)!, ours: byName.get(name)! }));
        text += `\n  causes over the first ${sample.length} unequal files (files per cause):\n${formatCauses(groupCauses(sample, sourceInfo), 15)}`;
        const images = writeDiffImages(`corpus-${sourceInfo ? "si" : "nosi"}`, ref, ours().files);
        for (const file of c.unequal.slice(0, shown)) text += `\n${explainDifference(images, file)}`;
      }
      console.log(text);
      expect({ equal: c.equal.length, missing: c.missing, extra: c.extra }).toEqual({ equal: total, missing: [], extra: [] });
    });

    test("our image bytes equal buf's, file by file", async () => {
      const { encodeImage } = await import("../../src/compiler/image.js");
      const theirs = splitImage(refBytes);
      const mine = splitImage(encodeImage(ours().result.files, { excludeSourceInfo: !sourceInfo }));
      const unequal: string[] = [];
      const causes = new Map<string, string[]>();
      for (const [name, r] of theirs) {
        const o = mine.get(name);
        if (o && bytesEqual(r, o)) continue;
        unequal.push(name);
        if (unequal.length > 300) continue;
        const why = o ? (describeByteDifference(r, o) ?? "?") : "missing";
        // Group by where, not by which numbers or bytes: strip indexes and the detail after ":".
        const key = why.replace(/\[\d+\]/g, "[]").replace(/: (fields in buf's order).*/, ": field order differs").replace(/: buf .*/, ": bytes differ");
        const list = causes.get(key) ?? [];
        list.push(`${name} (${why})`);
        causes.set(key, list);
      }
      let text = `corpus image bytes ${mode}: ${theirs.size - unequal.length}/${theirs.size} files byte-identical to buf`;
      if (unequal.length) {
        text += `\n  causes over the first ${Math.min(unequal.length, 300)} differing files:`;
        for (const [k, v] of [...causes].sort((x, y) => y[1].length - x[1].length).slice(0, 12)) text += `\n  ${String(v.length).padStart(5)}  ${k}\n         e.g. ${v[0]}`;
      }
      console.log(text);
      expect(unequal.slice(0, 10)).toEqual([]);
    });

    if (sourceInfo) {
      test("every file's custom option bytes equal buf's (unknown fields compared)", () => {
        const c = compareImages(ref, ours().files, true, undefined, true);
        let text = `corpus with source info and custom option bytes: ${c.equal.length}/${ref.length} files equal to buf`;
        if (c.unequal.length) {
          const byName = new Map(ours().files.map((f) => [f.name, f]));
          const refByName = new Map(ref.map((f) => [f.name, f]));
          const sample = c.unequal.slice(0, 300).map((name) => ({ name, ref: refByName.get(name)!, ours: byName.get(name)! }));
          text += `\n  first unequal: ${c.unequal.slice(0, 10).join(", ")}`;
          text += `\n  causes over the first ${sample.length} unequal files:\n${formatCauses(groupCauses(sample, true, true), 15)}`;
        }
        console.log(text);
        expect(c.equal.length).toBe(ref.length);
      });
    }
  });
}
