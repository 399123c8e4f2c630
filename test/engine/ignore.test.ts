// Unit tests of the ignore machinery; the behaviour against buf itself is in ignore-buf.test.ts.
import { describe, expect, it } from "vitest";
import { PathSet, commentIgnores, declarationPaths, isIgnoreLine, lineIgnores, normalizePath } from "../../src/engine/ignore.js";

describe("declarationPaths: the declarations whose leading comments may ignore a finding", () => {
  it.each([
    ["file itself", [], []],
    ["package", [2], [[2]]],
    ["syntax", [12], [[12]]],
    ["import", [3, 1], [[3, 1]]],
    ["file option", [8, 11], [[8, 11]]],
    ["message name", [4, 0, 1], [[4, 0]]],
    ["field name", [4, 0, 2, 1, 1], [[4, 0], [4, 0, 2, 1]]],
    ["field option", [4, 0, 2, 1, 8, 3], [[4, 0], [4, 0, 2, 1], [4, 0, 2, 1, 8, 3]]],
    ["nested field", [4, 0, 3, 2, 2, 0, 3], [[4, 0], [4, 0, 3, 2], [4, 0, 3, 2, 2, 0]]],
    ["oneof name", [4, 0, 8, 0, 1], [[4, 0], [4, 0, 8, 0]]],
    ["nested enum value", [4, 1, 4, 0, 2, 3, 1], [[4, 1], [4, 1, 4, 0], [4, 1, 4, 0, 2, 3]]],
    ["enum value number", [5, 0, 2, 1, 2], [[5, 0], [5, 0, 2, 1]]],
    ["enum option", [5, 0, 3, 2], [[5, 0], [5, 0, 3, 2]]],
    ["rpc input type", [6, 0, 2, 1, 2], [[6, 0], [6, 0, 2, 1]]],
    ["file extension", [7, 2, 1], [[7], [7, 2]]],
    ["message extension", [4, 0, 6, 1, 1], [[4, 0], [4, 0, 6], [4, 0, 6, 1]]],
    ["message reserved range", [4, 0, 9, 0, 1], [[4, 0], [4, 0, 9], [4, 0, 9, 0]]],
    ["enum reserved name", [5, 0, 5, 1], [[5, 0], [5, 0, 5], [5, 0, 5, 1]]],
  ])("%s", (_name, path, expected) => {
    expect(declarationPaths(path)).toEqual(expected);
  });
});

describe("comment lines", () => {
  it("match buf's prefix test, for both spellings", () => {
    expect(lineIgnores("buf:lint:ignore FIELD_X", "FIELD_X")).toBe(true);
    expect(lineIgnores("protoguard:ignore FIELD_X because", "FIELD_X")).toBe(true);
    expect(lineIgnores("buf:lint:ignore FIELD_X_LONGER", "FIELD_X")).toBe(true);
    expect(lineIgnores("buf:lint:ignore FIELD", "FIELD_X")).toBe(false);
    expect(lineIgnores("buf:lint:ignoreFIELD_X", "FIELD_X")).toBe(false);
    expect(lineIgnores("buf:lint:ignore  FIELD_X", "FIELD_X")).toBe(false);
    expect(lineIgnores("Buf:lint:ignore FIELD_X", "FIELD_X")).toBe(false);
  });

  it("split a comment into trimmed lines", () => {
    expect(commentIgnores(" Docs.\n   buf:lint:ignore A\n", "A")).toBe(true);
    expect(commentIgnores(" Docs buf:lint:ignore A\n", "A")).toBe(false);
    expect(commentIgnores(undefined, "A")).toBe(false);
  });

  it("tell ignore directives from documentation", () => {
    expect(isIgnoreLine("  buf:lint:ignore X")).toBe(true);
    expect(isIgnoreLine("protoguard:ignore X")).toBe(true);
    expect(isIgnoreLine("Ignore buf:lint:ignore X")).toBe(false);
  });
});

describe("config paths", () => {
  it("normalize", () => {
    expect(normalizePath("./a//b/")).toBe("a/b");
    expect(normalizePath("")).toBe(".");
    expect(normalizePath("a/../b")).toBe("b");
  });

  it("match files and directories by whole components", () => {
    const set = new PathSet(["foo", "bar/x.proto", "baz/"]);
    expect(set.contains("foo/a.proto")).toBe(true);
    expect(set.contains("foo/sub/a.proto")).toBe(true);
    expect(set.contains("foobar/a.proto")).toBe(false);
    expect(set.contains("bar/x.proto")).toBe(true);
    expect(set.contains("bar/x.proto2")).toBe(false);
    expect(set.contains("baz/q.proto")).toBe(true);
    expect(new PathSet(["."]).contains("any/file.proto")).toBe(true);
    expect(new PathSet([]).contains("a.proto")).toBe(false);
  });
});
