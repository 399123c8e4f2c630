/**
 * Cross-check against protobufjs, an independent parser: for each construct fixture, the view of
 * its declarations (views.ts: messages and fields with name/number/label/type/oneof, enums and
 * values, services and methods with streaming, extensions) must be the same from protobufjs, from
 * buf's descriptors and from ours. buf ↔ protobufjs checks the harness and tells, when ours
 * differs, which side is wrong.
 *
 * Files protobufjs cannot load are listed with the reason; a test asserts that protobufjs still
 * fails on them, so the list cannot go stale.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import protobuf from "protobufjs";
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, test } from "vitest";
import { bufBuild } from "../util/buf.js";
import { corpusPackage } from "../util/corpus.js";
import { listProtoFiles, projectRoot } from "../util/files.js";
import { ourBuild, type OurImage } from "../util/ours.js";
import { descriptorView, protobufjsDeclaredNames, protobufjsView } from "../util/views.js";

const fixtureDir = join(projectRoot, "test/fixtures/constructs");
const fixtureFiles = listProtoFiles(fixtureDir);

/** Fixtures protobufjs 8 cannot load, and why (its error text). */
const unsupported: Record<string, { reason: string; error: RegExp }> = {
  "options/use.proto": { reason: "protobufjs rejects `<...>` message literals in option values", error: /illegal value '<'/ },
  "proto2/groups.proto": { reason: "protobufjs rejects groups inside oneofs and extend blocks", error: /field must be a Field/ },
  "proto3/optional.proto": {
    reason: "protobufjs names every synthetic oneof `_name` and fails on the collisions buf resolves with `X` prefixes",
    error: /duplicate name '_foo'/,
  },
};

/**
 * Lines where protobufjs is wrong and buf right (checked by hand against the language spec): the
 * protobufjs line is replaced by the correct one before comparing. Each must still occur.
 */
const protobufjsBugs: Record<string, { wrong: string; right: string; reason: string }[]> = {
  "packages/outer.proto": [
    {
      wrong: "  via_parent=2  .foo.bar.Outer.foo.Baz",
      right: "  via_parent=2  .foo.Baz",
      reason: "`Baz` from message Outer: protobufjs finds Outer.foo.Baz, protobuf searches scopes (Outer, foo.bar, foo) for `Baz` itself",
    },
    {
      wrong: "  nested_foo=3  .foo.Baz",
      right: "  nested_foo=3  .foo.bar.Outer.foo.Baz",
      reason: "`foo.Baz` from Outer.Inner: the first component `foo` is the message Outer.foo, so it means Outer.foo.Baz",
    },
  ],
  "text/keywords.proto": [
    {
      wrong: "enum .constructs.text.keywords.enum: returns=1, max=2, optional=3",
      right: "enum .constructs.text.keywords.enum: option=0, returns=1, max=2, optional=3",
      reason: "protobufjs reads the enum value `option = 0;` as an option statement and drops it",
    },
  ],
};

/** The view as lines, with protobufjs's known mistakes corrected (throws if one no longer occurs). */
function correctedLines(file: string, view: readonly string[]): string[] {
  const lines = view.join("\n").split("\n");
  for (const bug of protobufjsBugs[file] ?? []) {
    const i = lines.indexOf(bug.wrong);
    if (i < 0) throw new Error(`protobufjs no longer says ${JSON.stringify(bug.wrong)} (${bug.reason}): update protobufjsBugs`);
    lines[i] = bug.right;
  }
  return lines;
}

const asLines = (view: readonly string[]): string[] => view.join("\n").split("\n");

/** Loads `file` (and its imports: fixtures first, then google-proto-files for google/protobuf/*). */
function loadWithProtobufjs(file: string): { root: protobuf.Root; declared: Set<string> } {
  const root = new protobuf.Root();
  root.resolvePath = (_origin: string, target: string): string => {
    if (target.startsWith("/")) return target;
    const local = join(fixtureDir, target);
    if (existsSync(local)) return local;
    return join(corpusPackage, target);
  };
  const filename = join(fixtureDir, file);
  root.loadSync(filename, { keepCase: true });
  root.resolveAll();
  return { root, declared: protobufjsDeclaredNames(protobuf, readFileSync(filename, "utf8")) };
}

describe("protobufjs cross-check", () => {
  let buf: Map<string, FileDescriptorProto>;
  let oursOrError: OurImage | Error;
  beforeAll(async () => {
    buf = new Map((await bufBuild(fixtureDir, { sourceInfo: false })).set.file.map((f) => [f.name, f]));
    oursOrError = await ourBuild(fixtureDir, { sourceInfo: false }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  });

  for (const file of fixtureFiles) {
    const skip = unsupported[file];
    if (skip) {
      test(`${file}: skipped, ${skip.reason}`, () => {
        expect(() => loadWithProtobufjs(file)).toThrow(skip.error);
      });
      continue;
    }

    describe(file, () => {
      let view: string[];
      beforeAll(() => {
        const { root, declared } = loadWithProtobufjs(file);
        view = correctedLines(file, protobufjsView(protobuf, root, declared));
      });

      test("buf's view equals protobufjs's", () => {
        const ref = buf.get(file);
        expect(ref).toBeDefined();
        if (ref) expect(asLines(descriptorView(ref))).toEqual(view);
      });

      test("our view equals protobufjs's", () => {
        if (oursOrError instanceof Error) throw oursOrError;
        const ours = oursOrError.files.find((f) => f.name === file);
        expect(ours, "our compiler produced a descriptor").toBeDefined();
        if (ours) expect(asLines(descriptorView(ours))).toEqual(view);
      });
    });
  }
});
