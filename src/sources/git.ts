/**
 * Source files from a git revision of a local repository, for the against side of `breaking`:
 * never a checkout of the working tree, never a shell string.
 *
 * `git rev-parse` resolves the revision to a commit, `git ls-tree -r -z` lists the tree under the
 * chosen subdirectory, and one `git cat-file --batch` process reads every blob needed (the
 * `.proto` files and the workspace's config files) in a single round trip. Every command is
 * spawned with an argument array; the revision went through `checkRef` (against.ts) and is also
 * passed after `--end-of-options`, so it can never be read as an option.
 *
 * The against side keeps its own module layout: its buf.yaml / buf.work.yaml / protoguard.yaml are
 * read from the same revision (modules.ts parses them, from a private temporary copy of just those
 * files), so module-relative paths match the input side even when the layout changed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Resolver } from "../compiler/compile.js";
import { findProtoguardYaml } from "../config/buf-yaml.js";
import { loadModuleLayout, type ModuleLayout, type ModuleRoot } from "../config/modules.js";
import { checkRef } from "./against.js";
import { comparePaths } from "./fs.js";

/** A problem reading the repository (a missing ref, not a repository): a usage error for the CLI. */
export class GitSourceError extends Error {
  override name = "GitSourceError";
}

const CONFIG_FILES = new Set(["buf.yaml", "buf.work.yaml", "protoguard.yaml"]);
const MAX_OUTPUT = 4 * 1024 * 1024 * 1024 - 1;

/** Runs git with an argument array; returns stdout, or throws a {@link GitSourceError} with git's message. */
function git(gitArgs: readonly string[], args: readonly string[], input?: string): Buffer {
  const r = spawnSync("git", [...gitArgs, ...args], {
    input,
    maxBuffer: MAX_OUTPUT,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" },
  });
  if (r.error) throw new GitSourceError(`cannot run git: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`);
  if (r.status !== 0) {
    const msg = r.stderr.toString("utf8").trim().split("\n")[0] ?? "";
    throw new GitSourceError(`git ${args[0]} failed (exit ${r.status})${msg ? `: ${msg}` : ""}`);
  }
  return r.stdout;
}

/** One file of the tree: its blob id. */
interface TreeEntry {
  readonly blob: string;
}

/** A revision of a repository, listed under a subdirectory. */
export class GitTree {
  /** Path (relative to the subdirectory) → blob. */
  readonly entries = new Map<string, TreeEntry>();

  private constructor(
    private readonly gitArgs: readonly string[],
    /** The resolved commit. */
    readonly commit: string,
    readonly subdir: string,
  ) {}

  /**
   * Opens `repo` (a `.git` directory or file, or a work tree) at `ref`, listing the files under
   * `subdir` (`.` for the whole tree). `cwd` resolves a relative `repo`.
   */
  static open(repo: string, ref: string, subdir: string, cwd: string): GitTree {
    const why = checkRef(ref);
    if (why) throw new GitSourceError(why);
    const abs = path.resolve(cwd, repo);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory() || statSync(abs).isFile();
    } catch {
      throw new GitSourceError(`${repo}: no such repository`);
    }
    if (!isDir) throw new GitSourceError(`${repo}: not a repository`);
    const gitArgs = path.basename(abs) === ".git" || abs.endsWith(".git") ? ["--git-dir", abs] : ["-C", abs];
    let commit: string;
    try {
      commit = git(gitArgs, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).toString("utf8").trim();
    } catch (e) {
      if (e instanceof GitSourceError && /exit 1\b/.test(e.message))
        throw new GitSourceError(`${repo}: no commit "${ref}" (in a shallow CI checkout, fetch the base first: git fetch origin ${ref})`);
      throw e;
    }
    if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new GitSourceError(`${repo}: "${ref}" did not resolve to a commit`);
    const tree = new GitTree(gitArgs, commit, subdir);
    const prefix = subdir === "." ? "" : `${subdir}/`;
    const out = git(gitArgs, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...(prefix ? [prefix] : [])]).toString("utf8");
    for (const rec of out.split("\0")) {
      if (rec === "") continue;
      const tab = rec.indexOf("\t");
      const [mode, type, blob] = rec.slice(0, tab).split(" ");
      const p = rec.slice(tab + 1);
      // Regular files only: symlinks (120000) and submodules (commit entries) are not followed.
      if (type !== "blob" || (mode !== "100644" && mode !== "100755") || !blob) continue;
      if (!p.startsWith(prefix)) continue;
      tree.entries.set(p.slice(prefix.length), { blob });
    }
    return tree;
  }

  /** Reads blobs with one `git cat-file --batch`; path → bytes for the given paths that exist. */
  read(paths: readonly string[]): Map<string, Uint8Array> {
    const wanted = paths.flatMap((p) => {
      const e = this.entries.get(p);
      return e ? [[p, e.blob] as const] : [];
    });
    const out = new Map<string, Uint8Array>();
    if (wanted.length === 0) return out;
    const buf = git(this.gitArgs, ["cat-file", "--batch"], wanted.map(([, b]) => b).join("\n") + "\n");
    let pos = 0;
    for (const [p, blob] of wanted) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) throw new GitSourceError(`git cat-file: truncated output reading ${p}`);
      const header = buf.toString("utf8", pos, nl).split(" ");
      if (header[0] !== blob || header[1] !== "blob") throw new GitSourceError(`git cat-file: unexpected answer "${header.join(" ")}" for ${p}`);
      const size = Number(header[2]);
      const start = nl + 1;
      out.set(p, new Uint8Array(buf.buffer, buf.byteOffset + start, size));
      pos = start + size + 1; // content, then a newline
    }
    return out;
  }
}

/** The against side read from a git revision: its layout, its targets, and a resolver for them. */
export class GitSources implements Resolver {
  private readonly bytes: Map<string, Uint8Array>;
  /** Import path → root index. */
  private readonly found = new Map<string, number>();
  readonly targets: readonly string[];

  constructor(
    readonly tree: GitTree,
    readonly layout: ModuleLayout,
    /** How to show the revision in messages (`.git#branch=main`). */
    readonly display: string,
  ) {
    const targets: string[] = [];
    const files: string[] = [];
    for (const p of [...tree.entries.keys()].sort(comparePaths)) {
      if (!p.endsWith(".proto")) continue;
      layout.roots.forEach((root, i) => {
        const rel = rootRelative(p, root);
        if (rel === undefined || this.found.has(rel)) return;
        this.found.set(rel, i);
        targets.push(rel);
        files.push(p);
      });
    }
    this.bytes = tree.read(files);
    this.targets = targets.sort(comparePaths);
  }

  /** Index of the module root an import path was found in. */
  rootIndexOf(importPath: string): number | undefined {
    return this.found.get(importPath);
  }

  /** `<revision>:<path in the repository>`, for messages about the against side. */
  displayPath(importPath: string): string {
    const i = this.found.get(importPath);
    const root = i === undefined ? "." : this.layout.roots[i]!.dir;
    const sub = this.tree.subdir;
    return `${this.display}:${path.posix.join(sub, root, importPath)}`;
  }

  read(importPath: string): Promise<{ bytes: Uint8Array; where?: string } | undefined> {
    const i = this.found.get(importPath);
    if (i === undefined) return Promise.resolve(undefined);
    const root = this.layout.roots[i]!;
    const bytes = this.bytes.get(root.dir === "." ? importPath : `${root.dir}/${importPath}`);
    return Promise.resolve(bytes ? { bytes, where: this.displayPath(importPath) } : undefined);
  }
}

/** `file` (relative to the subdirectory) relative to `root` when it is one of the root's sources. */
function rootRelative(file: string, root: ModuleRoot): string | undefined {
  let rel: string;
  if (root.dir === ".") rel = file;
  else if (file.startsWith(root.dir + "/")) rel = file.slice(root.dir.length + 1);
  else return undefined;
  const segs = rel.split("/");
  for (let k = 1; k < segs.length; k++) {
    const dir = segs.slice(0, k).join("/");
    if (segs[k - 1] === "node_modules" || root.excludes.includes(dir)) return undefined;
  }
  if (root.includes && !root.includes.some((inc) => rel === inc || rel.startsWith(inc + "/"))) return undefined;
  return rel;
}

/**
 * Opens a revision as the against side: lists it, reads its config files, builds its layout, and
 * reads its `.proto` files.
 */
export function openGitSources(repo: string, ref: string, subdir: string, cwd: string, display: string): GitSources {
  const tree = GitTree.open(repo, ref, subdir, cwd);
  const configs = [...tree.entries.keys()].filter((p) => CONFIG_FILES.has(path.posix.basename(p)));
  const layout = layoutFromTree(tree, configs, display);
  return new GitSources(tree, layout, display);
}

/** Reads the module layout from the config files of the tree (parsed by modules.ts from a temporary copy). */
function layoutFromTree(tree: GitTree, configs: readonly string[], display: string): ModuleLayout {
  if (configs.length === 0) return { roots: [{ dir: ".", excludes: [] }] };
  const dir = mkdtempSync(path.join(tmpdir(), "protoguard-against-"));
  try {
    for (const [p, bytes] of tree.read(configs)) {
      const abs = path.join(dir, ...p.split("/"));
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, bytes);
    }
    const shown = `${display}:${tree.subdir}`;
    return loadModuleLayout(dir, shown, findProtoguardYaml(dir, shown));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
