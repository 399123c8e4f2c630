import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync, ftruncateSync, readdirSync, realpathSync, statSync, fstatSync, readSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_FILE_BYTES, FsSources, checkImportPath, type FsApi } from "../../src/sources/fs.js";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pg-fs-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

/** Diagnostics as `file: message` lines, with the temporary directory shown as `$`. */
function diags(s: FsSources, dir: string): string[] {
  return s.diagnostics.map((d) => `${d.severity} ${d.file.split(dir).join("$")}: ${d.message.split(realpathSync(dir)).join("$")}`);
}

describe("FsSources discovery", () => {
  it("finds .proto files sorted, skipping excludes and node_modules", () => {
    const dir = tree({
      "b.proto": "",
      "a/z.proto": "",
      "a/b.proto": "",
      "a/readme.md": "",
      "skip/x.proto": "",
      "node_modules/pkg/n.proto": "",
      "a/node_modules/n.proto": "",
    });
    const s = new FsSources([{ dir, display: "ws", excludes: ["skip"] }]);
    expect(s.discover()).toEqual(["a/b.proto", "a/z.proto", "b.proto"]);
    expect(s.diagnostics).toEqual([]);
    expect(s.displayPath("a/b.proto")).toBe("ws/a/b.proto");
  });

  it("reports a path found in two roots", () => {
    const dir = tree({ "m1/p/a.proto": "", "m2/p/a.proto": "", "m2/q.proto": "" });
    const s = new FsSources([
      { dir: join(dir, "m1"), display: "m1", excludes: [] },
      { dir: join(dir, "m2"), display: "m2", excludes: [] },
    ]);
    expect(s.discover()).toEqual(["p/a.proto", "q.proto"]);
    expect(diags(s, dir)).toEqual(["error m2/p/a.proto: p/a.proto is contained in multiple module roots: m1 and m2"]);
  });

  it("does not follow symlinks out of the root, and reads other files", () => {
    const outside = tree({ "secret.proto": "message Secret {}", "d/x.proto": "" });
    const dir = tree({ "ok.proto": "message Ok {}" });
    symlinkSync(join(outside, "secret.proto"), join(dir, "link.proto"));
    symlinkSync(join(outside, "d"), join(dir, "linkdir"));
    const s = new FsSources([{ dir, display: "ws", excludes: [] }]);
    expect(s.discover()).toEqual(["ok.proto"]);
    const real = realpathSync(outside);
    expect(s.diagnostics.map((d) => `${d.file}: ${d.message.split(real).join("OUT")}`).sort()).toEqual([
      "ws/link.proto: symbolic link to a file outside the module root (OUT/secret.proto); not read",
      "ws/linkdir: symbolic link to a directory outside the module root (OUT/d); not followed",
    ]);
  });

  it("follows symlinks inside the root and stops at cycles", () => {
    const dir = tree({ "a/x.proto": "", "b/y.proto": "" });
    symlinkSync(join(dir, "b"), join(dir, "a", "tob")); // a/tob -> b (fine)
    symlinkSync(join(dir, "a"), join(dir, "b", "toa")); // b/toa -> a, and a/tob/toa -> a: a cycle
    symlinkSync("self.proto", join(dir, "self.proto")); // a link to itself
    const s = new FsSources([{ dir, display: "ws", excludes: [] }]);
    const files = s.discover();
    expect(files).toEqual(["a/tob/y.proto", "a/x.proto", "b/toa/x.proto", "b/y.proto"]);
    expect(diags(s, dir).sort()).toEqual([
      "warning ws/a/tob/toa: symbolic link cycle (it points to a directory that contains it); not followed",
      "warning ws/b/toa/tob: symbolic link cycle (it points to a directory that contains it); not followed",
      "warning ws/self.proto: symbolic link loop; not followed",
    ]);
  });

  it("reports a broken symlink and a FIFO named .proto", () => {
    const dir = tree({ "ok.proto": "" });
    symlinkSync(join(dir, "missing.proto"), join(dir, "broken.proto"));
    execFileSync("mkfifo", [join(dir, "pipe.proto")]);
    const s = new FsSources([{ dir, display: "ws", excludes: [] }]);
    expect(s.discover()).toEqual(["ok.proto"]);
    expect(diags(s, dir).sort()).toEqual([
      "error ws/broken.proto: broken symbolic link: no such file or directory",
      "error ws/pipe.proto: not a regular file (a FIFO, socket or device); skipped",
    ]);
  });
});

describe("FsSources reading", () => {
  it("serves targets and imports by import path, with the display path", async () => {
    const dir = tree({ "proto/a/b.proto": "message B {}", "vendor/v.proto": "message V {}" });
    const s = new FsSources([
      { dir: join(dir, "proto"), display: "proto", excludes: [] },
      { dir: join(dir, "vendor"), display: "vendor", excludes: [] },
    ]);
    expect(s.preload(s.discover())).toEqual(["a/b.proto", "v.proto"]);
    const r = await s.read("a/b.proto");
    expect(text(r?.bytes)).toBe("message B {}");
    expect(r?.where).toBe("proto/a/b.proto");
    expect((await s.read("v.proto"))?.where).toBe("vendor/v.proto");
    expect(await s.read("nope.proto")).toBeUndefined();
    expect(s.diagnostics).toEqual([]);
  });

  it("refuses import paths that escape the root", async () => {
    const dir = tree({ "root/a.proto": "", "x.proto": "message X {}" });
    const s = new FsSources([{ dir: join(dir, "root"), display: "root", excludes: [] }]);
    expect(await s.read("../x.proto")).toBeUndefined();
    expect(await s.read(join(dir, "x.proto"))).toBeUndefined();
    expect(await s.read("sub//a.proto")).toBeUndefined();
    expect(await s.read("./a.proto")).toBeUndefined();
    expect(s.diagnostics.map((d) => `${d.file.split(dir).join("$")}: ${d.message.split(dir).join("$")}`)).toEqual([
      `../x.proto: import path "../x.proto" must not refer to a parent directory`,
      `$/x.proto: import path "$/x.proto" must be relative`,
      `sub//a.proto: import path "sub//a.proto" must not contain repeated separators`,
      `./a.proto: import path "./a.proto" must not contain "." segments`,
    ]);
  });

  it("refuses an import that resolves through a symlink to outside the root", async () => {
    const outside = tree({ "secret.proto": "message Secret {}" });
    const dir = tree({});
    symlinkSync(outside, join(dir, "out"));
    const s = new FsSources([{ dir, display: "ws", excludes: [] }]);
    expect(s.discover()).toEqual([]);
    expect(await s.read("out/secret.proto")).toBeUndefined();
    expect(s.diagnostics.at(-1)?.message).toBe(`resolves to ${realpathSync(outside)}/secret.proto, outside the module root; not read`);
    expect(s.diagnostics.at(-1)?.file).toBe("ws/out/secret.proto");
  });

  it("does not serve files from excluded directories (like buf)", async () => {
    const dir = tree({ "a.proto": "", "skip/s.proto": "message S {}" });
    const s = new FsSources([{ dir, excludes: ["skip"] }]);
    expect(s.discover()).toEqual(["a.proto"]);
    expect(await s.read("skip/s.proto")).toBeUndefined();
    expect(s.diagnostics).toEqual([]);
  });

  it("serves only files under the includes, when given (v2 includes)", async () => {
    const dir = tree({ "api/a.proto": "", "api/sub/b.proto": "", "apix/c.proto": "", "internal/i.proto": "message I {}" });
    const s = new FsSources([{ dir, excludes: [], includes: ["api"] }]);
    expect(s.discover()).toEqual(["api/a.proto", "api/sub/b.proto"]);
    expect(await s.read("internal/i.proto")).toBeUndefined();
    expect(await s.read("apix/c.proto")).toBeUndefined();
    expect(s.diagnostics).toEqual([]);
  });

  it("reports a directory named x.proto that is imported", async () => {
    const dir = tree({ "x.proto/inner.proto": "", "a.proto": "" });
    const s = new FsSources([{ dir, display: "ws", excludes: [] }]);
    expect(s.discover()).toEqual(["a.proto", "x.proto/inner.proto"]);
    expect(await s.read("x.proto")).toBeUndefined();
    expect(diags(s, dir)).toEqual(["error ws/x.proto: is a directory, not a file"]);
  });

  it("refuses files over the size limit and still reads the others", () => {
    const dir = tree({ "small.proto": "message S {}", "big.proto": "x".repeat(101) });
    const s = new FsSources([{ dir, display: "ws", excludes: [] }], { maxFileBytes: 100 });
    expect(s.preload(s.discover())).toEqual(["small.proto"]);
    expect(diags(s, dir)).toEqual(["error ws/big.proto: file is 101 bytes, over the 100 bytes limit for .proto files; not read"]);
  });

  it("has a 64 MiB default limit (a sparse file just over it is refused without reading it)", () => {
    const dir = tree({ "ok.proto": "" });
    const fd = openSync(join(dir, "huge.proto"), "w");
    ftruncateSync(fd, DEFAULT_MAX_FILE_BYTES + 1);
    closeSync(fd);
    const s = new FsSources([{ dir, display: "ws", excludes: [] }]);
    expect(s.preload(s.discover())).toEqual(["ok.proto"]);
    expect(diags(s, dir)).toEqual([`error ws/huge.proto: file is ${DEFAULT_MAX_FILE_BYTES + 1} bytes, over the 64 MiB limit for .proto files; not read`]);
  });

  it("reports unreadable files (EACCES, simulated: tests run as root) and reads the others", () => {
    const dir = tree({ "a.proto": "message A {}", "locked.proto": "", "c.proto": "message C {}" });
    const denying: FsApi = {
      openSync(p, flags) {
        if (p.endsWith("locked.proto")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
        return openSync(p, flags);
      },
      fstatSync: (fd) => fstatSync(fd),
      readSync: (fd, b, o, l, pos) => readSync(fd, b, o, l, pos),
      closeSync: (fd) => closeSync(fd),
      readdirSync: (p) => readdirSync(p, { withFileTypes: true }),
      realpathSync: (p) => realpathSync(p),
      statSync: (p) => statSync(p),
    };
    const s = new FsSources([{ dir, display: "ws", excludes: [] }], { fs: denying });
    expect(s.preload(s.discover())).toEqual(["a.proto", "c.proto"]);
    expect(diags(s, dir)).toEqual(["error ws/locked.proto: cannot be read: permission denied"]);
  });

  it("reports a module root that does not exist", () => {
    const dir = tree({});
    const s = new FsSources([{ dir: join(dir, "nope"), display: "nope", excludes: [] }]);
    expect(s.discover()).toEqual([]);
    expect(diags(s, dir)).toEqual(["error nope: module root directory cannot be read: no such file or directory"]);
  });
});

describe("checkImportPath", () => {
  it("accepts plain relative paths", () => {
    expect(checkImportPath("google/protobuf/any.proto")).toBeUndefined();
    expect(checkImportPath("a..b/c.proto")).toBeUndefined();
    expect(checkImportPath(".hidden/c.proto")).toBeUndefined();
  });
  it("refuses the rest", () => {
    expect(checkImportPath("")).toBe("import path is empty");
    expect(checkImportPath("a/..")).toBe(`import path "a/.." must not refer to a parent directory`);
    expect(checkImportPath("a/")).toBe(`import path "a/" must not contain repeated separators`);
    expect(checkImportPath("C:/x.proto")).toBe(`import path "C:/x.proto" must be relative`);
    expect(checkImportPath("a\\b.proto")).toBe(`import path "a\\b.proto" must use / as separator`);
  });
});
