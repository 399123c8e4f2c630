// The against side from a git revision (src/sources/git.ts): a throwaway repository under
// .cache/test-tmp, compared by `protoguard breaking --against .git#…` and `buf breaking` with the
// same arguments. The project's own repository is never touched.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitSourceError, GitTree, openGitSources } from "../../src/sources/git.js";
import { buf, protoguard, removeTmpDirs, tmpDir } from "../cli/helpers.js";
import { parseBufJson } from "./buf-breaking.js";

afterAll(removeTmpDirs);

function git(dir: string, ...args: string[]): string {
  const r = spawnSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com", GIT_CONFIG_GLOBAL: "/dev/null" },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

function write(dir: string, files: Record<string, string | null>): void {
  for (const [p, text] of Object.entries(files)) {
    const abs = join(dir, p);
    if (text === null) rmSync(abs, { force: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
}

const P = `syntax = "proto3";\n`;
let repo: string;
let firstCommit: string;

beforeAll(() => {
  repo = tmpDir();
  git(repo, "init", "-q", "-b", "main");
  // Commit 1: a v1 layout, the module root is proto/ with its own buf.yaml.
  write(repo, {
    "proto/buf.yaml": "version: v1\n",
    "proto/acme/v1/order.proto": `${P}package acme.v1;\nmessage Order {\n  string id = 1;\n  int32 qty = 2;\n  string note = 3;\n}\n`,
    "proto/acme/v1/gone.proto": `${P}package acme.v1;\nmessage Gone {}\n`,
    "README.md": "not proto\n",
  });
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "one");
  firstCommit = git(repo, "rev-parse", "HEAD");
  // Commit 2 (tagged): nothing breaking, a field added.
  write(repo, { "proto/acme/v1/order.proto": `${P}package acme.v1;\nmessage Order {\n  string id = 1;\n  int32 qty = 2;\n  string note = 3;\n  string extra = 4;\n}\n` });
  git(repo, "commit", "-q", "-am", "two");
  git(repo, "tag", "v2");
  // Working tree: the layout moved to a v2 buf.yaml at the root, and breaking edits.
  write(repo, {
    "proto/buf.yaml": null,
    "buf.yaml": "version: v2\nmodules:\n  - path: proto\n",
    "proto/acme/v1/order.proto": `${P}package acme.v1;\nmessage Order {\n  string id = 1;\n  int64 qty = 2;\n  string extra = 4;\n}\n`,
    "proto/acme/v1/gone.proto": null,
  });
});

function keys(json: string): string[] {
  return parseBufJson(json).map((f) => `${f.path}:${f.start_line}:${f.start_column}:${f.type}`).sort();
}

describe("GitTree", () => {
  it("lists regular files under a subdirectory and reads them with one cat-file", () => {
    const tree = GitTree.open(".git", "main", "proto", repo);
    expect([...tree.entries.keys()].sort()).toEqual(["acme/v1/gone.proto", "acme/v1/order.proto", "buf.yaml"]);
    const read = tree.read(["acme/v1/gone.proto", "buf.yaml", "missing.proto"]);
    expect(new TextDecoder().decode(read.get("buf.yaml"))).toBe("version: v1\n");
    expect(new TextDecoder().decode(read.get("acme/v1/gone.proto"))).toContain("message Gone");
    expect(read.has("missing.proto")).toBe(false);
  });

  it("resolves branches, tags, commits and revisions; refuses what is not a commit", () => {
    expect(GitTree.open(".git", "v2", ".", repo).commit).not.toBe(firstCommit);
    expect(GitTree.open(".git", "HEAD~1", ".", repo).commit).toBe(firstCommit);
    expect(GitTree.open(".git", firstCommit.slice(0, 10), ".", repo).commit).toBe(firstCommit);
    expect(() => GitTree.open(".git", "nope", ".", repo)).toThrow(/no commit "nope"/);
    expect(() => GitTree.open(".git", "--output=/tmp/x", ".", repo)).toThrow(GitSourceError);
    expect(() => GitTree.open("missing/.git", "main", ".", repo)).toThrow(/no such repository/);
  });

  it("reads the against side's own module layout from the revision", () => {
    const src = openGitSources(".git", "main", "proto", repo, ".git#branch=main");
    expect(src.layout.roots.map((r) => r.dir)).toEqual(["."]);
    expect(src.targets).toEqual(["acme/v1/gone.proto", "acme/v1/order.proto"]);
    const whole = openGitSources(".git", "main", ".", repo, ".git#branch=main");
    // No config at the root of the old revision: the root is the module, so paths keep "proto/".
    expect(whole.targets).toEqual(["proto/acme/v1/gone.proto", "proto/acme/v1/order.proto"]);
  });
});

describe("a buf.work.yaml layout in the revision", () => {
  it("is honoured: its directories are the module roots, each with its own buf.yaml excludes", () => {
    const r = tmpDir();
    git(r, "init", "-q", "-b", "main");
    write(r, {
      "buf.work.yaml": "version: v1\ndirectories:\n  - proto\n  - vendor\n",
      "proto/buf.yaml": "version: v1\nbuild:\n  excludes:\n    - skip\n",
      "proto/a/v1/a.proto": `${P}package a.v1;\n`,
      "proto/skip/s.proto": `${P}package skip;\n`,
      "vendor/v/v.proto": `${P}package v;\n`,
    });
    git(r, "add", "-A");
    git(r, "commit", "-q", "-m", "work");
    const src = openGitSources(".git", "main", ".", r, ".git#branch=main");
    expect(src.layout.roots.map((x) => [x.dir, x.excludes])).toEqual([
      ["proto", ["skip"]],
      ["vendor", []],
    ]);
    expect(src.targets).toEqual(["a/v1/a.proto", "v/v.proto"]);
    expect(src.displayPath("a/v1/a.proto")).toBe(".git#branch=main:proto/a/v1/a.proto");
  });
});

describe("protoguard breaking --against .git#…", () => {
  it.each([
    [".git#branch=main,subdir=proto"],
    [".git#tag=v2,subdir=proto"],
    [`.git#commit=${"FIRST"},subdir=proto`],
    [".git#ref=HEAD~1,subdir=proto"],
    [".git#branch=main"],
  ])("%s: same findings as buf", async (against) => {
    const a = against.replace("FIRST", firstCommit);
    const ours = await protoguard(["breaking", "--against", a, "--error-format", "json"], repo);
    const theirs = buf(["breaking", "--against", a, "--error-format", "json"], repo);
    expect(theirs.code, theirs.stderr).toBe(100);
    expect(ours.code, ours.stderr).toBe(1);
    expect(keys(ours.stdout.toString())).toEqual(keys(theirs.stdout.toString()));
    expect(keys(ours.stdout.toString()).length).toBeGreaterThan(0);
  });

  it("a missing ref or a ref that looks like an option is a usage error (exit 2)", async () => {
    const missing = await protoguard(["breaking", "--against", ".git#branch=nope"], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no commit "nope"/);
    const option = await protoguard(["breaking", "--against", ".git#branch=--upload-pack=touch /tmp/pwned"], repo);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/must not start with "-"/);
  });
});
