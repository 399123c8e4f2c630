import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadModuleLayout } from "../../src/config/modules.js";

/** Writes `files` (path → text) into a fresh temporary directory and returns it. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pg-modules-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

function configError(dir: string): ConfigError {
  try {
    loadModuleLayout(dir, "ws");
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("loadModuleLayout", () => {
  it("uses the directory itself without a config file", () => {
    expect(loadModuleLayout(workspace({}))).toEqual({ roots: [{ dir: ".", excludes: [] }] });
  });

  it("reads v2 modules with excludes relative to the workspace and names", () => {
    const dir = workspace({
      "buf.yaml": [
        "version: v2",
        "modules:",
        "  - path: proto",
        "    excludes: [proto/internal/, ./proto/tmp]",
        "    name: buf.build/acme/petapis",
        "  - path: ./vendor/",
      ].join("\n"),
    });
    expect(loadModuleLayout(dir, "ws")).toEqual({
      configFile: "ws/buf.yaml",
      roots: [
        { dir: "proto", excludes: ["internal", "tmp"], name: { remote: "buf.build", owner: "acme", repository: "petapis" } },
        { dir: "vendor", excludes: [] },
      ],
    });
  });

  it("reads v2 includes relative to the module", () => {
    const dir = workspace({ "buf.yaml": "version: v2\nmodules:\n  - path: proto\n    includes: [proto/acme/api, proto/acme/v1]\n" });
    expect(loadModuleLayout(dir).roots).toEqual([{ dir: "proto", excludes: [], includes: ["acme/api", "acme/v1"] }]);
    const e = configError(workspace({ "buf.yaml": "version: v2\nmodules:\n  - path: proto\n    includes: [other]\n" }));
    expect(e.message).toBe(`ws/buf.yaml:4:16: include path "other" does not reside within module directory "proto"`);
  });

  it("defaults a v2 module path to . and no modules to one module at .", () => {
    expect(loadModuleLayout(workspace({ "buf.yaml": "version: v2\n" })).roots).toEqual([{ dir: ".", excludes: [] }]);
    expect(loadModuleLayout(workspace({ "buf.yaml": "version: v2\nmodules:\n  - excludes: [skip]\n" })).roots).toEqual([
      { dir: ".", excludes: ["skip"] },
    ]);
  });

  it("refuses a v2 exclude outside its module, with file:line:col", () => {
    const e = configError(workspace({ "buf.yaml": "version: v2\nmodules:\n  - path: proto\n    excludes:\n      - skip\n" }));
    expect(e.message).toBe(`ws/buf.yaml:5:9: exclude path "skip" does not reside within module directory "proto"`);
  });

  it("reads v1 build.excludes relative to the module", () => {
    const dir = workspace({ "buf.yaml": "version: v1\nname: buf.build/a/b\nbuild:\n  excludes:\n    - gen/tmp\n" });
    expect(loadModuleLayout(dir).roots).toEqual([{ dir: ".", excludes: ["gen/tmp"], name: { remote: "buf.build", owner: "a", repository: "b" } }]);
  });

  it("reads v1beta1 roots with excludes relative to the workspace", () => {
    const dir = workspace({ "buf.yaml": "version: v1beta1\nbuild:\n  roots:\n    - r1\n    - r2\n  excludes:\n    - r1/skip\n" });
    expect(loadModuleLayout(dir).roots).toEqual([
      { dir: "r1", excludes: ["skip"], v1beta1Root: true },
      { dir: "r2", excludes: [], v1beta1Root: true },
    ]);
  });

  // Found by test/cli/layout-fuzz.test.ts: buf 1.75 refuses these in every version.
  it.each([
    ["v2", "version: v2\nmodules:\n  - path: p\n    excludes: [p/a/x.proto]\n", `ws/buf.yaml:4:16: excludes can only be directories but file "a/x.proto" was found`],
    ["v1", "version: v1\nbuild:\n  excludes: [p/a/x.proto]\n", `ws/buf.yaml:3:14: excludes can only be directories but file "p/a/x.proto" was found`],
    ["v1beta1", "version: v1beta1\nbuild:\n  roots: [p]\n  excludes: [p/a/x.proto]\n", `ws/buf.yaml:4:14: excludes can only be directories but file "a/x.proto" was found`],
  ])("refuses a %s exclude that names a .proto file", (_, yaml, message) => {
    expect(configError(workspace({ "buf.yaml": yaml, "p/a/x.proto": "", "p/a/notes.proto.txt": "" })).message).toBe(message);
  });

  it("accepts an exclude naming a file that is not a .proto file, or nothing", () => {
    const dir = workspace({ "buf.yaml": "version: v2\nmodules:\n  - path: p\n    excludes: [p/a/notes.txt, p/gone.proto]\n", "p/a/notes.txt": "" });
    expect(loadModuleLayout(dir).roots).toEqual([{ dir: "p", excludes: ["a/notes.txt", "gone.proto"] }]);
  });

  it.each([
    ["v2", "version: v2\nmodules:\n  - path: p\n    excludes: [p/a, p/a/b]\n", `ws/buf.yaml:4:21: exclude "a/b" is within exclude "a"`],
    ["v2", "version: v2\nmodules:\n  - path: p\n    excludes: [p/a, p/a]\n", `ws/buf.yaml:4:21: duplicate exclude "a"`],
    ["v1", "version: v1\nbuild:\n  excludes: [a/b, a]\n", `ws/buf.yaml:3:14: exclude "a/b" is within exclude "a"`],
    ["v1beta1", "version: v1beta1\nbuild:\n  roots: [p]\n  excludes: [p/a, p/a/b]\n", `ws/buf.yaml:4:19: exclude "p/a/b" is within exclude "p/a"`],
  ])("refuses %s excludes that overlap (%j)", (_, yaml, message) => {
    expect(configError(workspace({ "buf.yaml": yaml })).message).toBe(message);
  });

  it.each([
    ["version: v2\nmodules:\n  - path: p\n    includes: [p/a, p/a/b]\n", `ws/buf.yaml:4:21: include "p/a/b" is within include "p/a"`],
    ["version: v2\nmodules:\n  - path: p\n    includes: [p/a]\n    excludes: [p/a]\n", `ws/buf.yaml:5:16: "p/a" is both an include path and an exclude path`],
    ["version: v2\nmodules:\n  - path: p\n    includes: [p/a]\n    excludes: [p/b]\n", `ws/buf.yaml:5:16: include paths are specified but "p/b" is not contained within any of them`],
  ])("refuses v2 includes that overlap, or excludes outside them (%j)", (yaml, message) => {
    expect(configError(workspace({ "buf.yaml": yaml })).message).toBe(message);
  });

  it("refuses a v1beta1 exclude that is in no root (buf's message)", () => {
    const e = configError(workspace({ "buf.yaml": "version: v1beta1\nbuild:\n  roots: [r1, r2]\n  excludes: [skip]\n" }));
    expect(e.message).toBe(`ws/buf.yaml:4:14: exclude "skip" is not contained in any root, which is not valid`);
  });

  it("reads buf.work.yaml directories with each module's own buf.yaml", () => {
    const dir = workspace({
      "buf.work.yaml": "version: v1\ndirectories:\n  - m1\n  - m2\n",
      "m1/buf.yaml": "version: v1\nbuild:\n  excludes: [p/skip]\n",
      "m2/buf.yaml": "version: v1beta1\nbuild:\n  roots: [a, b]\n",
    });
    expect(loadModuleLayout(dir, "ws")).toEqual({
      configFile: "ws/buf.work.yaml",
      roots: [
        { dir: "m1", excludes: ["p/skip"] },
        { dir: "m2/a", excludes: [], v1beta1Root: true },
        { dir: "m2/b", excludes: [], v1beta1Root: true },
      ],
    });
  });

  it("names the module's buf.yaml in errors inside a buf.work.yaml workspace", () => {
    const dir = workspace({ "buf.work.yaml": "version: v1\ndirectories: [m1]\n", "m1/buf.yaml": "version: v3\n" });
    expect(configError(dir).message).toBe(`ws/m1/buf.yaml:1:10: unknown file version: "v3" (expected v1beta1, v1, v2)`);
  });

  it("prefers a v2 buf.yaml over buf.work.yaml", () => {
    const dir = workspace({ "buf.yaml": "version: v2\nmodules: [{path: a}]\n", "buf.work.yaml": "version: v1\ndirectories: [b]\n" });
    expect(loadModuleLayout(dir).roots).toEqual([{ dir: "a", excludes: [] }]);
  });

  it("reports a missing version like buf", () => {
    expect(configError(workspace({ "buf.yaml": "build:\n  excludes: [x]\n" })).message).toBe(
      `ws/buf.yaml:1:1: "version" is not set. Please add "version: v2"`,
    );
  });

  it("reports invalid YAML with its line and column", () => {
    const e = configError(workspace({ "buf.yaml": "version: v2\nmodules:\n  - path: [\n" }));
    expect(e.file).toBe("ws/buf.yaml");
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/^ws\/buf\.yaml:4:1: invalid YAML: /);
  });

  it("refuses paths that leave the workspace", () => {
    expect(configError(workspace({ "buf.yaml": "version: v2\nmodules:\n  - path: ../other\n" })).message).toBe(
      `ws/buf.yaml:3:11: module path "../other" must not point outside the workspace directory`,
    );
    expect(configError(workspace({ "buf.yaml": "version: v2\nmodules:\n  - path: /etc\n" })).message).toBe(
      `ws/buf.yaml:3:11: module path "/etc" must be a relative path with / separators`,
    );
  });

  it("refuses a list where a mapping is needed", () => {
    expect(configError(workspace({ "buf.yaml": "version: v2\nmodules: proto\n" })).message).toBe(
      `ws/buf.yaml:2:10: "modules" must be a list of {path, excludes}`,
    );
  });
});
