/**
 * `--exclude-path` for build, lint and breaking, against buf 1.75 on the same directories: which
 * files are targets (and which remain imports), together with `--path`, DIR, several modules,
 * v1beta1 roots and buf.work.yaml; the usage errors buf makes of it (exit 1 there, 2 here); and the
 * against side of breaking.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseLintArgs } from "../../src/cli/lint.js";
import { FIXTURES, buf, protoguard, removeTmpDirs, tmpDir } from "./helpers.js";

afterAll(removeTmpDirs);

const LINT = join(FIXTURES, "cli/lint");
let root: string;

function write(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

beforeAll(() => {
  root = tmpDir();
  // two modules; a.proto imports b.proto
  write(join(root, "ws"), {
    "buf.yaml": "version: v2\nmodules:\n  - path: proto\n  - path: vendor\n",
    "proto/acme/v1/a.proto": 'syntax = "proto3";\npackage acme.v1;\nimport "acme/v1/b.proto";\nmessage A { B b = 1; int32 userName = 2; }\n',
    "proto/acme/v1/b.proto": 'syntax = "proto3";\npackage acme.v1;\nmessage B { int32 Foo = 1; }\n',
    "proto/acme/v2/c.proto": 'syntax = "proto3";\npackage acme.v2;\nmessage C { int32 Foo = 1; }\n',
    "vendor/x/x.proto": 'syntax = "proto3";\npackage x;\nmessage X { int32 Foo = 1; }\n',
  });
  // two modules under one directory that is not a module
  write(join(root, "nest"), {
    "buf.yaml": "version: v2\nmodules:\n  - path: a/x\n  - path: a/y\n",
    "a/x/px/x.proto": 'syntax = "proto3";\npackage px;\n',
    "a/y/py/y.proto": 'syntax = "proto3";\npackage py;\n',
  });
});

/** The image's files as `name` or `name(import)`, or undefined when nothing was written. */
function names(json: string): string[] | undefined {
  if (json === "") return undefined;
  return (JSON.parse(json) as { file: { name: string; bufExtension?: { isImport?: boolean } }[] }).file.map((f) => f.name + (f.bufExtension?.isImport ? "(import)" : ""));
}

/** Our exit code for buf's: 100 (findings) is 1, 1 (usage or configuration) is 2. */
const ourCode = (bufCode: number) => (bufCode === 100 ? 1 : bufCode === 1 ? 2 : bufCode);

describe("build --exclude-path: the same targets and imports as buf", () => {
  it.each([
    ["ws", ["--exclude-path", "proto/acme/v1/b.proto"]], // still an import of a.proto
    ["ws", ["--exclude-path", "proto/acme/v1"]],
    ["ws", ["--exclude-path", "proto/acme/v1/"]],
    ["ws", ["--exclude-path", "./proto/acme/v1/a.proto"]],
    ["ws", ["--exclude-path", "proto/acme/v1/a"]], // a prefix of a name is not a directory
    ["ws", ["--exclude-path", "proto/nope"]], // names nothing: excludes nothing
    ["ws", ["--exclude-path", "nope"]], // outside every module: excludes nothing
    ["ws", ["--exclude-path", ""]], // an empty list
    ["ws", ["--exclude-path", "proto/acme/v1/a.proto,proto/acme/v2"]], // a comma-separated list
    ["ws", ["--exclude-path", "proto/acme/v1", "--exclude-path=vendor/x/x.proto"]],
    ["ws", ["--path", "proto/acme", "--exclude-path", "proto/acme/v1"]],
    ["ws", ["--path", "proto/acme/v1/a.proto", "--exclude-path", "proto/acme/v1/b.proto"]],
    ["ws", ["--path", "vendor/x", "--exclude-path", "proto/acme/v1"]],
    ["ws", ["--path", "proto/acme", "--exclude-path", "vendor"]], // a module that is not targeted
    ["ws", ["proto", "--exclude-path", "proto/acme/v1"]],
    ["ws", ["proto", "--exclude-path", "acme/v1"]], // relative to the current directory, not DIR
    ["ws", ["proto", "--exclude-path", "vendor"]],
    ["ws/proto", ["--exclude-path", "acme/v1"]],
    ["ws/proto", ["--exclude-path", "../vendor/x"]],
    ["nest", ["--exclude-path", "a"]], // contains modules, inside none: excludes nothing
    ["nest", ["--exclude-path", "a/x/px"]],
    ["nest", ["a/y", "--exclude-path", "a/x"]],
    ["v1beta1-roots", ["--exclude-path", "src/p"]],
    ["v1beta1-roots", ["--exclude-path", "gen/q/q.proto"]],
    ["v1-work", ["--exclude-path", "a/x/v1/s.proto"]],
    ["v1-work", ["--exclude-path", "b/y"]],
    ["v1-work/a", ["--exclude-path", "../b"]], // b is not targeted from a
    ["v1-work/a", ["..", "--exclude-path", "x"]],
    ["noconfig", ["--exclude-path", "pkg/a.proto"]],
    ["noconfig", ["pkg", "--exclude-path", "pkg/a.proto"]],
    [".", ["noconfig", "--exclude-path", "pkg"]], // not under the current directory's pkg
    [".", ["noconfig", "--exclude-path", "noconfig/pkg/a.proto"]],
    [".", ["noconfig/pkg", "--exclude-path", "noconfig"]], // contains DIR (no config): excludes nothing
  ])("in %s: %j", async (where, args) => {
    const cwd = where === "ws" || where === "nest" || where.startsWith("ws/") ? join(root, where) : join(LINT, where);
    const out = join(tmpDir(), "image.json");
    const ours = await protoguard(["build", ...args, "-o", out], cwd);
    const theirs = buf(["build", ...args, "-o", "-#format=json"], cwd);
    expect(theirs.code, theirs.stderr).toBe(0);
    expect(ours.code, ours.stderr).toBe(0);
    expect(names(readFileSync(out, "utf8"))).toEqual(names(theirs.stdout.toString()));
  });
});

describe("--exclude-path usage errors, where buf has them", () => {
  it.each([
    ["ws", ["--exclude-path", "proto"], "--exclude-path proto is the module root proto: it excludes files and directories inside modules, not whole modules"],
    ["nest", ["--exclude-path", "a/x"], "--exclude-path a/x is the module root a/x: it excludes files and directories inside modules, not whole modules"],
    ["v1beta1-roots", ["--exclude-path", "src"], "--exclude-path src is the module root src: it excludes files and directories inside modules, not whole modules"],
    ["v1-work", ["--exclude-path", "a"], "--exclude-path a is the module root a: it excludes files and directories inside modules, not whole modules"],
    ["ws", ["--exclude-path", "."], "--exclude-path . is . itself: it would exclude everything"],
    ["v1-work", ["a", "--exclude-path", "a"], "--exclude-path a is a itself: it would exclude everything"],
    ["noconfig", ["--exclude-path", "./"], "--exclude-path ./ is . itself: it would exclude everything"],
    ["ws", ["--exclude-path", "../x"], "--exclude-path ../x: not inside the workspace ."],
    [".", ["v1-work", "--exclude-path", "noconfig/pkg"], "--exclude-path noconfig/pkg: not inside the workspace v1-work"],
    ["ws", ["--path", "proto/acme", "--exclude-path", "proto/acme/"], "--path proto/acme and --exclude-path proto/acme/ name the same path"],
    ["ws", ["--path", "proto/acme/v1", "--exclude-path", "proto/acme"], "--exclude-path proto/acme contains --path proto/acme/v1: it would exclude everything --path selects"],
    ["ws", ["--exclude-path", "proto/acme", "--exclude-path", "vendor/x"], "no .proto files were targeted in .: it has none, or --exclude-path excludes them all (module roots from buf.yaml: proto, vendor)"],
    [
      "ws",
      ["--path", "proto/acme", "--exclude-path", "proto/acme/v1,proto/acme/v2"],
      "no .proto files were targeted in .: it has none, --path matches none of them, or --exclude-path excludes them all (module roots from buf.yaml: proto, vendor)",
    ],
    ["noconfig", ["--exclude-path", "pkg"], "no .proto files were targeted in .: it has none, or --exclude-path excludes them all"],
  ])("in %s: %j", async (where, args, message) => {
    const cwd = where === "ws" || where === "nest" ? join(root, where) : join(LINT, where);
    const theirs = buf(["build", ...args], cwd);
    expect(theirs.code).toBe(1);
    for (const command of ["build", "lint"]) {
      const ours = await protoguard([command, ...args], cwd);
      expect(ours.stderr).toBe(`protoguard: ${message}\nRun 'protoguard --help' for usage.\n`);
      expect(ours.code).toBe(ourCode(theirs.code));
    }
  });

  it("a malformed quoted list is a usage error, as in buf", async () => {
    const ours = await protoguard(["lint", "--exclude-path", 'a"b'], join(root, "ws"));
    expect(ours.code).toBe(2);
    expect(ours.stderr).toContain('--exclude-path a"b: a path with a quote in it must be quoted as a whole');
    expect(buf(["lint", "--exclude-path", 'a"b'], join(root, "ws")).code).toBe(1);
    expect(parseLintArgs(["--exclude-path", '"a,b.proto",c', "--path=x,y"])).toMatchObject({ excludePaths: ["a,b.proto", "c"], paths: ["x", "y"] });
  });
});

describe("lint --exclude-path", () => {
  const keys = (out: string) =>
    out
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => {
        const j = JSON.parse(l) as { path: string; start_line: number; start_column: number; type: string };
        return `${j.path}:${j.start_line}:${j.start_column}:${j.type}`;
      });

  it.each([
    ["ws", ["--exclude-path", "proto/acme/v1"]],
    ["ws", ["--exclude-path", "proto/acme/v1/b.proto"]], // an excluded import is not linted
    ["ws", ["--path", "proto/acme", "--exclude-path", "proto/acme/v2"]],
    ["v1-work", ["--exclude-path", "a/x/v1/s.proto"]],
  ])("in %s: %j finds what buf finds", async (where, args) => {
    const cwd = where === "ws" ? join(root, where) : join(LINT, where);
    const theirs = buf(["lint", ...args, "--error-format", "json"], cwd);
    const ours = await protoguard(["lint", ...args, "--error-format", "json"], cwd);
    expect(ours.code).toBe(ourCode(theirs.code));
    expect(keys(ours.stdout.toString())).toEqual(keys(theirs.stdout.toString()));
    expect(ours.stdout.toString()).not.toBe("");
  });
});

describe("breaking --exclude-path: both sides", () => {
  let br: string;
  beforeAll(() => {
    br = tmpDir();
    write(join(br, "old"), {
      "buf.yaml": "version: v2\n",
      "shop/v1/a.proto": 'syntax = "proto3";\npackage shop.v1;\nmessage A { int32 x = 1; string y = 2; }\nmessage Gone {}\n',
      "shop/v1/c.proto": 'syntax = "proto3";\npackage shop.v1;\nmessage C {}\n',
    });
    write(join(br, "new"), {
      "buf.yaml": "version: v2\n",
      "shop/v1/a.proto": 'syntax = "proto3";\npackage shop.v1;\nmessage A { int64 x = 1; }\n',
      "shop/v1/d.proto": 'syntax = "proto3";\npackage shop.v1;\nmessage D {}\n',
    });
    expect(buf(["build", "old", "-o", "old.binpb"], br).code).toBe(0);
  });
  const keys = (out: string) =>
    out
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => {
        const j = JSON.parse(l) as { path?: string; start_line: number; start_column: number; type: string };
        return `${j.path ?? "<input>"}:${j.start_line}:${j.start_column}:${j.type}`;
      });

  // buf matches the against side by the paths as given, so it agrees with protoguard (which
  // matches by module-relative path) when run in the module directory against an image.
  it.each([
    [["--exclude-path", "shop/v1/c.proto"]], // only on the against side: no deleted file
    [["--exclude-path", "shop/v1/a.proto"]],
    [["--path", "shop/v1/a.proto", "--exclude-path", "shop/v1/c.proto"]],
    [["--exclude-path", "shop/v1/d.proto", "--exclude-imports"]],
  ])("%j finds what buf finds", async (flags) => {
    const args = ["breaking", "--against", "../old.binpb", "--error-format", "json", ...flags];
    const theirs = buf(args, join(br, "new"));
    const ours = await protoguard(args, join(br, "new"));
    expect(theirs.code, theirs.stderr).toBe(100);
    expect(ours.code, ours.stderr).toBe(1);
    expect(keys(ours.stdout.toString())).toEqual(keys(theirs.stdout.toString()));
  });

  it("excluding every input file is buf's usage error", async () => {
    const args = ["breaking", "--against", "../old.binpb", "--exclude-path", "shop"];
    expect(buf(args, join(br, "new")).code).toBe(1);
    const ours = await protoguard(args, join(br, "new"));
    expect(ours.code).toBe(2);
    expect(ours.stderr).toContain("no .proto files were targeted in .: it has none, or --exclude-path excludes them all");
  });

  it("applies to a directory against side by module-relative path (buf: outside the context directory)", async () => {
    const all = keys((await protoguard(["breaking", "new", "--against", "old", "--error-format", "json"], br)).stdout.toString());
    expect(all).toContain("<input>:1:1:FILE_NO_DELETE");
    const r = await protoguard(["breaking", "new", "--against", "old", "--error-format", "json", "--exclude-path", "new/shop/v1/c.proto"], br);
    expect(r.code).toBe(1);
    expect(keys(r.stdout.toString())).toEqual(all.filter((k) => k !== "<input>:1:1:FILE_NO_DELETE"));
    const none = await protoguard(["breaking", "new", "--against", "old", "--exclude-path", "new/shop/v1/a.proto,new/shop/v1/c.proto"], br);
    expect(none.stdout.toString()).toBe("");
    expect(none.code).toBe(0);
  });
});
