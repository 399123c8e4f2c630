/**
 * `protoguard build` end to end, against `buf build` on the same inputs: exit codes, error text
 * and positions, image bytes, module layouts, --path, and the hardened sources.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, REPO, buf, protoguard, removeTmpDirs, tmpDir as tmp } from "./helpers.js";

afterAll(removeTmpDirs);
const ERRORS = join(FIXTURES, "cli/errors");

describe("build: images", () => {
  it("checks the examples quietly: exit 0, nothing printed", async () => {
    const r = await protoguard(["build", "examples"]);
    expect(r).toEqual({ code: 0, stdout: Buffer.alloc(0), stderr: "" });
  });

  it.each([
    ["examples", []],
    ["examples", ["--exclude-source-info"]],
    ["examples", ["--exclude-imports"]],
    ["test/fixtures/cli/image", []],
  ])("-o x.binpb of %s %j is byte-identical to buf's", async (dir, flags) => {
    const d = tmp();
    const r = await protoguard(["build", dir, "-o", join(d, "ours.binpb"), ...flags]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(buf(["build", dir, "-o", join(d, "ref.binpb"), ...flags]).code).toBe(0);
    expect(readFileSync(join(d, "ours.binpb")).equals(readFileSync(join(d, "ref.binpb")))).toBe(true);
  });

  it("-o x.json writes the same JSON as buf", async () => {
    const d = tmp();
    expect((await protoguard(["build", "test/fixtures/cli/image", "-o", join(d, "ours.json")])).code).toBe(0);
    buf(["build", "test/fixtures/cli/image", "-o", join(d, "ref.json")]);
    const ours = readFileSync(join(d, "ours.json"), "utf8");
    expect(ours.startsWith(`{"file":[{"name":"google/protobuf/descriptor.proto","package":"google.protobuf","messageType":[`)).toBe(true);
    expect(ours).toBe(readFileSync(join(d, "ref.json"), "utf8"));
  });

  it("-o - writes the binary image to stdout", async () => {
    const d = tmp();
    const r = await protoguard(["build", "examples", "-o", "-"]);
    buf(["build", "examples", "-o", join(d, "ref.binpb")]);
    expect(r.code).toBe(0);
    expect(r.stdout.equals(readFileSync(join(d, "ref.binpb")))).toBe(true);
  });

  it("writes an image buf reads back: buf build and buf breaking --against accept it", async () => {
    const d = tmp();
    expect((await protoguard(["build", "examples", "-o", join(d, "ours.binpb")])).code).toBe(0);
    const back = buf(["build", join(d, "ours.binpb"), "-o", join(d, "back.json")]);
    expect(back.stderr).toBe("");
    expect(back.code).toBe(0);
    const json = JSON.parse(readFileSync(join(d, "back.json"), "utf8")) as { file: { name: string; bufExtension: { isImport: boolean } }[] };
    expect(json.file.map((f) => `${f.name} ${f.bufExtension.isImport}`)).toEqual([
      "google/protobuf/field_mask.proto true",
      "google/protobuf/timestamp.proto true",
      "acme/user/v1/user.proto false",
      "acme/billing/v1/billing.proto false",
    ]);
    const breaking = buf(["breaking", "examples", "--against", join(d, "ours.binpb")]);
    expect(breaking.stderr + breaking.stdout.toString()).toBe("");
    expect(breaking.code).toBe(0);
  });
});

describe("build: compile errors", () => {
  const TEXT = [
    "test/fixtures/cli/errors/proto/shop/v1/order.proto:4:1:imported file does not exist",
    "test/fixtures/cli/errors/proto/shop/v1/order.proto:8:3:cannot find `Customer` in this scope",
    // Column 11 counts bytes: a tab (1), "/* " (3), "é" (2), " */ " (4).
    "test/fixtures/cli/errors/proto/shop/v1/price.proto:7:11:cannot find `Currency` in this scope",
    "test/fixtures/cli/errors/proto/shop/v1/syntax.proto:6:1:unexpected `}` after definition",
    "",
  ].join("\n");

  it("prints path:line:col:message sorted, with the module directory in the path, and exits 1", async () => {
    const d = tmp();
    const r = await protoguard(["build", "test/fixtures/cli/errors", "-o", join(d, "x.binpb")]);
    expect(r.stderr).toBe(TEXT);
    expect(r.code).toBe(1);
    expect(existsSync(join(d, "x.binpb"))).toBe(false);
    const ref = buf(["build", "test/fixtures/cli/errors"]);
    expect(ref.code).toBe(100);
    expect(r.stderr).toBe(ref.stderr);
  });

  it("prints paths relative to the current directory, like buf", async () => {
    const r = await protoguard(["build"], ERRORS);
    expect(r.stderr.split("\n")[0]).toBe("proto/shop/v1/order.proto:4:1:imported file does not exist");
    expect(r.stderr).toBe(buf(["build"], ERRORS).stderr);
  });

  it("--error-format json prints buf's JSON objects, one per line", async () => {
    const r = await protoguard(["build", ".", "--error-format", "json"], ERRORS);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")[2]).toBe(
      `{"path":"proto/shop/v1/price.proto","start_line":7,"start_column":11,"end_line":7,"end_column":19,"type":"COMPILE","message":"cannot find \`Currency\` in this scope"}`,
    );
    expect(r.stderr).toBe(buf(["build", ".", "--error-format=json"], ERRORS).stderr);
  });

  it.each(["msvs", "github-actions"])("--error-format %s prints what buf prints", async (format) => {
    const r = await protoguard(["build", "--error-format", format], ERRORS);
    expect(r.code).toBe(1);
    const ref = buf(["build", "--error-format", format], ERRORS);
    expect(r.stderr).toBe(ref.stderr);
    expect(r.stderr.split("\n")[2]).toBe(
      format === "msvs"
        ? "proto/shop/v1/price.proto(7,11) : error COMPILE : cannot find `Currency` in this scope"
        : "::error file=proto/shop/v1/price.proto,line=7,col=11,endLine=7,endColumn=19::cannot find `Currency` in this scope",
    );
  });

  it("--path keeps only the files under it (relative to the current directory, or to DIR)", async () => {
    const fromCwd = await protoguard(["build", "--path", "proto/shop/v1/price.proto"], ERRORS);
    expect(fromCwd.stderr).toBe("proto/shop/v1/price.proto:7:11:cannot find `Currency` in this scope\n");
    expect(fromCwd.stderr).toBe(buf(["build", "--path", "proto/shop/v1/price.proto"], ERRORS).stderr);
    const fromDir = await protoguard(["build", "test/fixtures/cli/errors", "--path", "proto/shop/v1/syntax.proto", "--path=proto/shop/v1/price.proto"]);
    expect(fromDir.stderr).toBe(
      "test/fixtures/cli/errors/proto/shop/v1/price.proto:7:11:cannot find `Currency` in this scope\n" +
        "test/fixtures/cli/errors/proto/shop/v1/syntax.proto:6:1:unexpected `}` after definition\n",
    );
    expect((await protoguard(["build", "--path", "proto/shop"], ERRORS)).stderr).toBe(TEXT.split("test/fixtures/cli/errors/").join(""));
  });
});

describe("build: module layouts (each fixture excludes a broken file)", () => {
  it.each(["v1", "v1beta1", "v2", "v2includes", "work", "none"])("%s: the same image as buf", async (name) => {
    const d = tmp();
    const cwd = join(FIXTURES, "modules");
    const r = await protoguard(["build", name, "-o", join(d, "ours.binpb")], cwd);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(buf(["build", name, "-o", join(d, "ref.binpb")], cwd).code).toBe(0);
    expect(readFileSync(join(d, "ours.binpb")).equals(readFileSync(join(d, "ref.binpb")))).toBe(true);
  });

  it("prints errors with the module directory of a buf.work.yaml workspace", async () => {
    const d = tmp();
    mkdirSync(join(d, "m1/p"), { recursive: true });
    mkdirSync(join(d, "m2/q"), { recursive: true });
    writeFileSync(join(d, "buf.work.yaml"), "version: v1\ndirectories: [m1, m2]\n");
    writeFileSync(join(d, "m1/p/a.proto"), 'syntax = "proto3";\nimport "q/b.proto";\nmessage A { B b = 1; X x = 2; }\n');
    writeFileSync(join(d, "m2/q/b.proto"), 'syntax = "proto3";\nmessage B { Z z = 1; }\n');
    const r = await protoguard(["build"], d);
    expect(r.stderr).toBe("m1/p/a.proto:3:22:cannot find `X` in this scope\nm2/q/b.proto:2:13:cannot find `Z` in this scope\n");
    expect(r.stderr).toBe(buf(["build"], d).stderr);
  });
});

describe("build: a directory inside a workspace", () => {
  it("is built as part of the workspace above it, like buf (its excludes apply)", async () => {
    const d = tmp();
    mkdirSync(join(d, "proto/acme/skip"), { recursive: true });
    writeFileSync(join(d, "buf.yaml"), "version: v2\nmodules:\n  - path: proto\n    excludes: [proto/acme/skip]\n");
    writeFileSync(join(d, "proto/acme/a.proto"), 'syntax = "proto3";\npackage acme;\nmessage A { B b = 1; }\n');
    writeFileSync(join(d, "proto/acme/b.proto"), 'syntax = "proto3";\npackage acme;\nmessage B { C c = 1; }\n');
    writeFileSync(join(d, "proto/acme/skip/s.proto"), 'syntax = "proto3";\nmessage S { Nope n = 1; }\n');
    const cwd = join(d, "proto");
    for (const args of [["build", "."], ["build", ".", "--path", join(d, "proto/acme/a.proto")], ["build", "--path", "acme/b.proto"]]) {
      const r = await protoguard(args, cwd);
      const ref = buf(args, cwd);
      expect(ref.code).toBe(100);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(ref.stderr);
    }
    expect((await protoguard(["build"], cwd)).stderr).toBe("acme/a.proto:3:13:cannot find `B` in this scope\nacme/b.proto:3:13:cannot find `C` in this scope\n");
    // buf refuses a directory inside a module ("you must provide the workspace or module as the
    // input"); protoguard builds the files under it.
    expect((await protoguard(["build", "acme/skip"], cwd)).code).toBe(2); // excluded: nothing to build
    expect((await protoguard(["build", "proto/acme"], d)).stderr).toBe(
      "proto/acme/a.proto:3:13:cannot find `B` in this scope\nproto/acme/b.proto:3:13:cannot find `C` in this scope\n",
    );
  });
});

describe("build: usage and configuration errors exit 2", () => {
  it.each([
    [["build", "--bogus"], "protoguard: unknown flag --bogus for \"build\"\n"],
    [["build", "-o"], "protoguard: flag -o needs a value\n"],
    [["build", "a", "b"], "protoguard: build takes one directory, got 2: a b\n"],
    [["build", "no/such/dir"], "protoguard: no/such/dir: no such directory\n"],
    [["build", "package.json"], "protoguard: package.json: not a directory (build takes the directory of a module or workspace)\n"],
    [["build", "examples", "--error-format", "xml"], 'protoguard: --error-format must be one of text, json, msvs, github-actions, not "xml"\n'],
    [["build", "examples", "--exclude-imports=maybe"], 'protoguard: flag --exclude-imports takes true or false, not "maybe"\n'],
    [["build", "examples", "--path", "/elsewhere"], "protoguard: --path /elsewhere: not inside a module root of examples\n"],
    [["lint-everything"], 'protoguard: unknown command "lint-everything"\n'],
  ])("%j", async (args, message) => {
    const r = await protoguard(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}Run 'protoguard --help' for usage.\n`);
  });

  it("a directory without .proto files", async () => {
    const d = tmp();
    const r = await protoguard(["build", "."], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^protoguard: no \.proto files were targeted in \.: it has none\n/);
  });

  it("an invalid buf.yaml, with file:line:col", async () => {
    const d = tmp();
    writeFileSync(join(d, "buf.yaml"), "version: v2\nmodules:\n  - path: ../up\n");
    const r = await protoguard(["build", d]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`protoguard: ${d}/buf.yaml:3:11: module path "../up" must not point outside the workspace directory\n`);
  });

  it("--help and --version exit 0", async () => {
    const help = await protoguard(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout.toString()).toContain("protoguard build [DIR] [flags]");
    const version = await protoguard(["--version"]);
    expect(version.stdout.toString()).toBe(`${(JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version}\n`);
  });
});

describe("build: internal errors exit 3", () => {
  it("asks for a bug report instead of crashing", async () => {
    const { main } = await import("../../src/cli/main.js");
    let err = "";
    const code = await main(["build", "examples", "-o", "-"], {
      cwd: REPO,
      stdout: () => {
        throw new Error("stdout exploded");
      },
      stderr: (t) => void (err += t),
    });
    expect(code).toBe(3);
    expect(err).toMatch(/^protoguard: internal error: Error: stdout exploded\n/);
    expect(err).toMatch(/This is a bug in protoguard [0-9.]+\. Please report it/);
  });
});

describe("build: hardened sources", () => {
  it("reports a symlink out of the root and a FIFO, and still checks every other file", async () => {
    const outside = tmp();
    writeFileSync(join(outside, "secret.proto"), "message Secret {}\n");
    const d = tmp();
    writeFileSync(join(d, "a.proto"), 'syntax = "proto3";\nmessage A { Nope n = 1; }\n');
    writeFileSync(join(d, "b.proto"), 'syntax = "proto3";\nmessage B {}\n');
    symlinkSync(join(outside, "secret.proto"), join(d, "link.proto"));
    const r = await protoguard(["build", "."], d);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toEqual([
      "a.proto:2:13:cannot find `Nope` in this scope",
      expect.stringMatching(/^link\.proto:1:1:symbolic link to a file outside the module root \(.*\/secret\.proto\); not read$/),
      "",
    ]);
  });

  it("refuses an import that climbs out of the root (and the compiler reports the import)", async () => {
    const d = tmp();
    mkdirSync(join(d, "root"));
    writeFileSync(join(d, "x.proto"), "message X {}\n");
    writeFileSync(join(d, "root/a.proto"), 'syntax = "proto3";\nimport "../x.proto";\nmessage A {}\n');
    const r = await protoguard(["build", "root"], d);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`../x.proto:1:1:import path "../x.proto" must not refer to a parent directory\n`);
    expect(r.stderr).toContain("root/a.proto:2:");
  });
});

// Found by test/cli/layout-fuzz.test.ts; each case is checked against buf on the same directory.
describe("build: module layouts and --path, like buf", () => {
  /** A v2 workspace: module `proto` (acme/a.proto, acme/skip/s.proto), `api` (b.proto), `proto/inner` nested in `proto`. */
  function layout(yaml: string): string {
    const d = tmp();
    mkdirSync(join(d, "proto/acme/skip"), { recursive: true });
    mkdirSync(join(d, "proto/inner/x"), { recursive: true });
    mkdirSync(join(d, "api"), { recursive: true });
    mkdirSync(join(d, "empty/sub"), { recursive: true });
    writeFileSync(join(d, "buf.yaml"), yaml);
    writeFileSync(join(d, "proto/acme/a.proto"), 'syntax = "proto3";\npackage acme;\nmessage A {}\n');
    writeFileSync(join(d, "proto/acme/skip/s.proto"), 'syntax = "proto3";\nmessage S {}\n');
    writeFileSync(join(d, "proto/inner/x/i.proto"), 'syntax = "proto3";\nmessage I {}\n');
    writeFileSync(join(d, "api/b.proto"), 'syntax = "proto3";\nmessage B {}\n');
    return d;
  }

  /** Builds with both; returns our outcome after checking it is buf's (and the image's files on success). */
  async function same(d: string, args: string[]): Promise<string> {
    const ref = buf([...args, "-o", join(d, "buf.json")], d);
    const r = await protoguard([...args, "-o", join(d, "ours.json")], d);
    const outcome = (code: number, compile: number) => (code === 0 ? "ok" : code === compile ? "compile" : "usage");
    expect(outcome(r.code, 1), r.stderr).toBe(outcome(ref.code, 100));
    if (r.code !== 0) return outcome(r.code, 1);
    const files = (f: string) => (JSON.parse(readFileSync(join(d, f), "utf8")) as { file: { name: string }[] }).file.map((x) => x.name);
    expect(files("ours.json")).toEqual(files("buf.json"));
    return files("ours.json").join(" ");
  }

  it("refuses a module without .proto files when it is built as a whole (missing, empty or all excluded)", async () => {
    expect(await same(layout("version: v2\nmodules:\n  - path: api\n  - path: gone\n"), ["build"])).toBe("usage");
    expect(await same(layout("version: v2\nmodules:\n  - path: api\n  - path: empty\n"), ["build"])).toBe("usage");
    expect(await same(layout("version: v2\nmodules:\n  - path: api\n  - path: proto\n    excludes: [proto/acme, proto/inner]\n"), ["build"])).toBe("usage");
    // not built as a whole: another module as DIR, or --path elsewhere
    expect(await same(layout("version: v2\nmodules:\n  - path: api\n  - path: gone\n"), ["build", "api"])).toBe("b.proto");
    expect(await same(layout("version: v2\nmodules:\n  - path: api\n  - path: empty\n"), ["build", "--path", "api/b.proto"])).toBe("b.proto");
    // v1beta1 roots may be missing or empty
    expect(await same(layout("version: v1beta1\nbuild:\n  roots: [api, gone, empty]\n"), ["build"])).toBe("b.proto");
  });

  it("refuses a --path that is a module root", async () => {
    expect(await same(layout("version: v2\nmodules:\n  - path: api\n  - path: proto\n"), ["build", "--path", "api"])).toBe("usage");
    expect(await same(layout("version: v2\n"), ["build", "--path", "."])).toBe("usage");
  });

  it("ignores a --path in the workspace but in no module when another one selects files", async () => {
    const d = layout("version: v2\nmodules:\n  - path: api\n");
    expect(await same(d, ["build", "--path", "api/b.proto", "--path", "proto"])).toBe("b.proto");
    expect(await same(d, ["build", "--path", "proto"])).toBe("usage");
    expect(await same(d, ["build", "--path", "api/b.proto", "--path", "../elsewhere"])).toBe("usage");
    // v1beta1: every --path must lie in a root
    expect(await same(layout("version: v1beta1\nbuild:\n  roots: [api]\n"), ["build", "--path", "api/b.proto", "--path", "proto"])).toBe("usage");
  });

  it("refuses a --path that is DIR itself", async () => {
    expect(await same(layout("version: v2\nmodules:\n  - path: api\n"), ["build", ".", "--path", "."])).toBe("usage");
  });

  it("refuses a v2 exclude outside the module's includes", async () => {
    expect(await same(layout("version: v2\nmodules:\n  - path: proto\n    includes: [proto/acme]\n    excludes: [proto/inner]\n"), ["build"])).toBe("usage");
    expect(await same(layout("version: v2\nmodules:\n  - path: proto\n    includes: [proto/acme]\n    excludes: [proto/acme/skip]\n"), ["build"])).toBe("acme/a.proto");
  });

  it("refuses excludes that name a .proto file, or overlap", async () => {
    expect(await same(layout("version: v2\nmodules:\n  - path: proto\n    excludes: [proto/acme/a.proto]\n  - path: api\n"), ["build", "api"])).toBe("usage");
    expect(await same(layout("version: v1\nbuild:\n  excludes: [proto/acme, proto/acme/skip]\n"), ["build"])).toBe("usage");
  });

  it("selects a path in every module of nested roots, and DIR naming the inner root builds that module", async () => {
    const d = layout("version: v2\nmodules:\n  - path: proto\n  - path: proto/inner\n");
    expect(await same(d, ["build", "--path", "proto/inner/x"])).toBe("compile"); // `I` declared twice
    expect(await same(d, ["build", "proto/inner"])).toBe("x/i.proto");
  });
});
