/**
 * The comparison helpers must be able to fail: each test takes buf's own descriptor of a fixture,
 * changes one thing, and checks that exactly the intended comparison mode notices.
 */
import { join } from "node:path";
import { clone } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { beforeAll, expect, test } from "vitest";
import { bufBuild } from "./buf.js";
import { differenceCauses } from "./causes.js";
import { compareFile, compareImages, withoutSourceInfo } from "./compare.js";
import { projectRoot } from "./files.js";

let use: FileDescriptorProto;
let all: FileDescriptorProto[];
beforeAll(async () => {
  all = (await bufBuild(join(projectRoot, "test/fixtures/constructs"), { sourceInfo: true })).set.file;
  use = all.find((f) => f.name === "options/use.proto")!;
});

test("a copy is equal in every mode", () => {
  const copy = clone(FileDescriptorProtoSchema, use);
  expect([compareFile(use, copy, false), compareFile(use, copy, true), compareFile(use, copy, true, true)]).toEqual([true, true, true]);
});

test("a changed json_name is seen in both modes and named as a cause", () => {
  const copy = clone(FileDescriptorProtoSchema, use);
  copy.messageType[0]!.field[0]!.jsonName = "other";
  expect([compareFile(use, copy, false), compareFile(use, copy, true)]).toEqual([false, false]);
  expect(differenceCauses(use, copy, false)).toEqual(["messageType.field.jsonName: value differs"]);
});

test("a changed span is seen only with source info", () => {
  const copy = clone(FileDescriptorProtoSchema, use);
  copy.sourceCodeInfo!.location[3]!.span[0]! += 1;
  expect([compareFile(use, copy, false), compareFile(use, copy, true)]).toEqual([true, false]);
  expect(differenceCauses(use, copy, true).some((c) => c.startsWith("si span "))).toBe(true);
});

test("missing source info is seen only with source info", () => {
  const stripped = withoutSourceInfo(use);
  expect(use.sourceCodeInfo).toBeDefined();
  expect([compareFile(use, stripped, false), compareFile(use, stripped, true)]).toEqual([true, false]);
});

test("changed custom option bytes are seen only when unknown fields are compared", () => {
  const copy = clone(FileDescriptorProtoSchema, use);
  const unknown = copy.options!.$unknown!;
  expect(unknown.length).toBeGreaterThan(5);
  unknown[0] = { ...unknown[0]!, data: Uint8Array.of(0x01) };
  expect([compareFile(use, copy, true), compareFile(use, copy, true, true)]).toEqual([true, false]);
  expect(differenceCauses(use, copy, false, true)).toEqual(["unknown fields of options: same numbers, bytes differ"]);
});

test("reordered custom options are seen when unknown fields are compared", () => {
  const copy = clone(FileDescriptorProtoSchema, use);
  copy.options!.$unknown!.reverse();
  expect(compareFile(use, copy, false, true)).toBe(false);
});

test("buf's image extension on the file is not compared", () => {
  expect(use.$unknown?.some((u) => u.no === 8042)).toBe(true);
  const copy = clone(FileDescriptorProtoSchema, use);
  delete copy.$unknown;
  expect(compareFile(use, copy, true, true)).toBe(true);
});

test("compareImages sorts files into equal, unequal, missing and extra", () => {
  const a = all.filter((f) => f.name.startsWith("proto3/"));
  const changed = clone(FileDescriptorProtoSchema, a[0]!);
  changed.package = "changed";
  const extra = clone(FileDescriptorProtoSchema, a[1]!);
  extra.name = "extra.proto";
  const c = compareImages(a, [changed, ...a.slice(2), extra], false);
  expect(c).toEqual({ equal: a.slice(2).map((f) => f.name), unequal: [a[0]!.name], missing: [a[1]!.name], extra: ["extra.proto"] });
});
