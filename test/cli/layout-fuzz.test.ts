/**
 * Randomized differential test of module layouts and file selection: random workspaces — buf.yaml
 * v2 with one to four modules (nested or not, sharing a parent, with `excludes` and `includes`), buf.work.yaml v1
 * workspaces whose directories have their own buf.yaml v1 (`build.excludes`) or none, buf.yaml
 * v1beta1 (`build.roots`), a single buf.yaml v1, no config at all — with .proto files in nested
 * directories that import each other within and across modules, and files outside every module.
 * Each is built by buf 1.75 and by `protoguard build` (in-process) from random current directories,
 * with DIR the workspace, a module, a directory inside a module or `.`, and random `--path` and
 * `--exclude-path` values (files, directories, prefixes of names that match nothing, paths that do
 * not exist, paths outside every module, in combinations; written relative, as `./p`, `p/` or
 * absolute).
 *
 * Compared per invocation: the outcome (success, compile errors, usage or configuration error); on
 * success the image's files in order with their `isImport` flag (what `--exclude-imports` drops);
 * on compile errors the error text, which is the same as buf's. Usage errors are worded our own way
 * (and buf exits 1 where we exit 2), so only the outcome is compared for them.
 *
 * Seeds are fixed, so a failure is reproducible; each workspace is kept under
 * .cache/layout-fuzz/<seed>/case/ for inspection, and a failure names the seed, the current
 * directory and the command line.
 *
 * The README's "Known differences" that the comparison tolerates (see {@link knownDifference}):
 * - DIR inside a module but not its root: buf refuses it ("you must provide the workspace or module
 *   as the input"), or for a v1 buf.yaml above DIR and outside the current directory builds DIR as
 *   a module of its own, or builds only the modules nested under DIR; protoguard builds the files
 *   under DIR as part of the workspace;
 * - DIR inside a v1beta1 workspace (a root or below): buf checks the buf.yaml but builds DIR as a
 *   module of its own, without the excludes; protoguard builds it as part of the workspace;
 * - `--path` relative to DIR: buf takes `--path` relative to the current directory only;
 * - a DIR at or below a module with its own buf.yaml inside a buf.work.yaml workspace: buf builds
 *   it as part of the whole workspace, protoguard as a workspace of its own;
 * - a path in two module roots: buf fails before compiling (exit 1), protoguard reports it as a
 *   compile error.
 * And buf quirks not copied: an internal error ("found a bug in buf"); a --path into a directory a
 * v1beta1 buf.yaml excludes (buf then targets every file); DIR above the workspace with --path
 * (avoided by the generator, see {@link genInvocation}); --exclude-path outside the workspace
 * (avoided, an open difference).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { cacheDir } from "../util/files.js";
import { Random, seedList } from "../util/random.js";
import { buf, protoguard } from "./helpers.js";

/** Fixed seeds; `LAYOUT_FUZZ_SEEDS=from-to` runs others (for a longer hunt, not for CI). */
const SEEDS = seedList(process.env.LAYOUT_FUZZ_SEEDS) ?? Array.from({ length: 28 }, (_, i) => i + 1);
/** Invocations per workspace. */
const RUNS_PER_SEED = 8;

const random = new Random();
const { next: rnd, pick, chance, int } = random;
const sample = <T,>(a: readonly T[], n: number): T[] => {
  const rest = [...a];
  const out: T[] = [];
  while (out.length < n && rest.length > 0) out.push(rest.splice(Math.floor(rnd() * rest.length), 1)[0]!);
  return out;
};

type Kind = "v2" | "v1-work" | "v1beta1" | "v1" | "none";

/** An import root, relative to the workspace directory. */
interface Root {
  readonly dir: string;
  /** The directory holding the module's own buf.yaml (v1 in a buf.work.yaml), if any. */
  readonly ownConfig?: boolean;
}

interface Workspace {
  readonly kind: Kind;
  readonly roots: readonly Root[];
  /** Workspace-relative path → content, configs included. */
  readonly files: Map<string, string>;
  /** Workspace-relative directories that exist (for DIR, --path and --exclude-path). */
  readonly dirs: readonly string[];
  /** The `build.excludes` of a v1beta1 buf.yaml (workspace-relative). */
  readonly v1beta1Excludes: readonly string[];
}

/** Directories a module may be at (v2 paths, buf.work.yaml directories, v1beta1 roots). */
const MODULE_DIRS = ["proto", "api", "a/x", "a/y", "vendor/ext", "proto/inner", "src"];
/** Subdirectories of a module that files go in. */
const SUBDIRS = ["", "acme", "acme/v1", "acme/v2", "b", "b/c"];

const joinRel = (a: string, b: string) => (a === "." || a === "" ? b || "." : b === "" || b === "." ? a : `${a}/${b}`);

function genWorkspace(): Workspace {
  const kind = pick<Kind>(["v2", "v2", "v2", "v1-work", "v1-work", "v1beta1", "v1", "none"]);
  const files = new Map<string, string>();
  let roots: Root[];
  const disjoint = (n: number) => {
    const out: string[] = [];
    for (const d of sample(MODULE_DIRS, 7)) {
      if (out.length === n) break;
      if (out.some((o) => d === o || d.startsWith(o + "/") || o.startsWith(d + "/"))) continue;
      out.push(d);
    }
    return out;
  };
  switch (kind) {
    case "v2": {
      const n = int(1, 4);
      // nested module paths (and "." with others) now and then: buf accepts them
      const dirs = chance(0.25) ? sample([".", ...MODULE_DIRS], n) : disjoint(n);
      roots = dirs.map((dir) => ({ dir }));
      break;
    }
    case "v1-work":
      roots = disjoint(int(1, 3)).map((dir) => ({ dir, ownConfig: chance(0.7) }));
      break;
    case "v1beta1":
      roots = chance(0.3) ? [{ dir: "." }] : disjoint(int(1, 3)).map((dir) => ({ dir }));
      break;
    default:
      roots = [{ dir: "." }];
  }

  // The files: each in one root, named uniquely (f<i>.proto) so import paths never collide unless
  // modules are nested; each imports up to two earlier files by their path in their root.
  const protoFiles: { path: string; importPath: string; msg: string }[] = [];
  const count = int(3, 9);
  for (let i = 0; i < count; i++) {
    const root = pick(roots);
    const importPath = joinRel(pick(SUBDIRS), `f${i}.proto`);
    const deps = protoFiles.length === 0 ? [] : sample(protoFiles, chance(0.5) ? int(1, 2) : 0);
    const lines = ['syntax = "proto3";', `package pk${i};`, ...deps.map((d) => `import "${d.importPath}";`), `message M${i} {`];
    deps.forEach((d, k) => lines.push(`  ${d.msg} f${k + 1} = ${k + 1};`));
    lines.push("}", "");
    const p = joinRel(root.dir, importPath);
    files.set(p, lines.join("\n"));
    protoFiles.push({ path: p, importPath, msg: `pk${i}.M${i}` });
  }
  // files outside every module (ignored unless there is no config or the module is ".")
  if (chance(0.5)) files.set(pick(["docs/d.proto", "a/stray.proto", "tools/t/t.proto"]), 'syntax = "proto3";\npackage stray;\nmessage Stray {}\n');

  const dirs = new Set<string>(["."]);
  for (const p of files.keys()) for (let d = dirname(p); d !== "."; d = dirname(d)) dirs.add(d);
  for (const r of roots) dirs.add(r.dir);
  const dirList = [...dirs].sort();

  // Excludes: existing directories or files inside the root, now and then one that names nothing
  // or lies outside the root (a configuration error in buf).
  const excludesOf = (root: string): string[] => {
    const inside = [...dirList, ...files.keys()].filter((d) => d !== root && (root === "." || d.startsWith(root + "/")));
    const out: string[] = [];
    for (let k = int(0, 2); k > 0; k--) {
      if (chance(0.1)) out.push(joinRel(root, "nope"));
      else if (chance(0.05)) out.push(pick(dirList));
      else if (inside.length > 0) out.push(pick(inside));
    }
    return [...new Set(out)];
  };
  const relTo = (root: string, p: string) => (root === "." ? p : p === root ? "." : p.startsWith(root + "/") ? p.slice(root.length + 1) : `../${p}`);
  const v1beta1Excludes: string[] = [];
  const list = (xs: readonly string[]) => `[${xs.map((x) => JSON.stringify(x)).join(", ")}]`;

  switch (kind) {
    case "v2": {
      const lines = ["version: v2", "modules:"];
      for (const r of roots) {
        lines.push(`  - path: ${r.dir}`);
        const ex = excludesOf(r.dir);
        if (ex.length > 0) lines.push(`    excludes: ${list(ex)}`);
        // includes: directories of the module (or one that names nothing) whose files alone belong to it
        const subdirs = dirList.filter((d) => r.dir === "." || d.startsWith(r.dir + "/"));
        if (chance(0.2) && subdirs.length > 0) lines.push(`    includes: ${list([...new Set([pick(subdirs), chance(0.3) ? joinRel(r.dir, "none") : pick(subdirs)])])}`);
      }
      files.set("buf.yaml", lines.join("\n") + "\n");
      break;
    }
    case "v1-work":
      files.set("buf.work.yaml", `version: v1\ndirectories: ${list(roots.map((r) => r.dir))}\n`);
      for (const r of roots) {
        if (!r.ownConfig) continue;
        const ex = excludesOf(r.dir)
          .map((e) => relTo(r.dir, e))
          .filter((e) => !e.startsWith("../"));
        files.set(joinRel(r.dir, "buf.yaml"), `version: v1\n${ex.length > 0 ? `build:\n  excludes: ${list(ex)}\n` : ""}`);
      }
      break;
    case "v1beta1": {
      const ex = roots.flatMap((r) => excludesOf(r.dir)).filter((e) => roots.some((r) => r.dir === "." || e.startsWith(r.dir + "/")));
      const rootsLine = roots.length === 1 && roots[0]!.dir === "." && chance(0.5) ? "" : `  roots: ${list(roots.map((r) => r.dir))}\n`;
      v1beta1Excludes.push(...ex);
      const body = rootsLine + (ex.length > 0 ? `  excludes: ${list([...new Set(ex)])}\n` : "");
      files.set("buf.yaml", `version: v1beta1\n${body ? `build:\n${body}` : ""}`);
      break;
    }
    case "v1": {
      const ex = excludesOf(".");
      files.set("buf.yaml", `version: v1\n${ex.length > 0 ? `build:\n  excludes: ${list(ex)}\n` : ""}`);
      break;
    }
    case "none":
      break;
  }
  return { kind, roots, files, dirs: dirList, v1beta1Excludes };
}

/** Marks a case-relative path to be written absolute (the case directory is known only when run). */
const ABS = "ABS:";

/** One command line: the current directory (relative to the case directory) and the arguments. */
interface Invocation {
  readonly cwd: string;
  readonly args: string[];
  /** DIR relative to the case directory. */
  readonly dir: string;
}

/**
 * The case directory holds the workspace in `ws/`, so the current directory can be above it. Paths
 * here are case-relative (`ws`, `ws/proto/acme`).
 */
function genInvocation(w: Workspace): Invocation {
  const ws = (p: string) => joinRel("ws", p);
  const moduleDirs = w.roots.map((r) => ws(r.dir));
  const existing = moduleDirs.filter((d) => d === "ws" || [...w.files.keys()].some((p) => ws(p).startsWith(d + "/")));
  const cwd = pick([".", "ws", "ws", ...(existing.length > 0 ? [pick(existing)] : [])]);
  const inModule = w.dirs.map(ws).filter((d) => moduleDirs.some((m) => d.startsWith(m + "/")));
  const dirCase = pick(["ws", "ws", "module", "module", "sub", "cwd"]);
  const dir = dirCase === "ws" ? "ws" : dirCase === "module" ? pick(moduleDirs) : dirCase === "sub" && inModule.length > 0 ? pick(inModule) : cwd;
  const fromCwd = (p: string) => relative(cwd, p) || ".";
  const shownDir = chance(0.1) ? `${ABS}${dir}` : fromCwd(dir);

  // Candidate --path / --exclude-path values, case-relative.
  const protoPaths = [...w.files.keys()].filter((p) => p.endsWith(".proto")).map(ws);
  const candidate = (): string => {
    const r = rnd();
    if (r < 0.4) return pick(protoPaths);
    if (r < 0.7) return ws(pick(w.dirs));
    if (r < 0.8) {
      const p = pick(protoPaths);
      return p.slice(0, p.length - int(3, 7)); // a prefix of a name: matches nothing
    }
    if (r < 0.9) return ws(joinRel(pick(w.dirs), "missing.proto"));
    return pick([".", "elsewhere", "ws/docs"]);
  };
  const args = ["build"];
  if (shownDir !== ".") args.push(shownDir);
  else if (chance(0.5)) args.push(".");
  // DIR above the workspace (no config there, one below): buf then applies --path by the workspace
  // below in ways of its own (a --path in or above a module of it targets nothing, an import may
  // resolve in that module), a buf quirk not worth copying; such a DIR is built whole.
  if (dir === ".") return { cwd, args, dir };
  // a path as written on the command line: relative to the cwd, now and then as ./p, p/ or absolute
  const spell = (p: string): string => {
    const r = rnd();
    if (r < 0.1) return `${ABS}${p}`;
    const rel = fromCwd(p);
    if (r < 0.2 && !rel.startsWith(".")) return `./${rel}`;
    if (r < 0.3 && !rel.endsWith(".proto")) return `${rel}/`;
    return rel;
  };
  for (let k = chance(0.5) ? int(1, 2) : 0; k > 0; k--) args.push("--path", spell(candidate()));
  // --exclude-path only inside the workspace (for v1beta1, inside a root): where buf 1.75 accepts
  // one elsewhere depends on the current directory, DIR and the config in ways protoguard does not
  // match yet (buf accepts `elsewhere` from above a v1 workspace and `..` from inside a directory
  // without config, and refuses a v1beta1 one outside the roots; protoguard the other way round).
  const excludable = (p: string) => (w.kind === "v1beta1" ? moduleDirs.some((m) => p.startsWith(m + "/")) : p === "ws" || p.startsWith("ws/"));
  const fallback = protoPaths.filter(excludable);
  for (let k = chance(0.4) && fallback.length > 0 ? int(1, 2) : 0; k > 0; k--) {
    const p = candidate();
    args.push("--exclude-path", spell(excludable(p) ? p : pick(fallback)));
  }
  return { cwd, args, dir };
}

type Outcome = "ok" | "compile" | "usage";

interface Result {
  readonly outcome: Outcome;
  readonly stderr: string;
  /** The image's files as `name` or `name (import)`, on success. */
  readonly files?: string[];
}

function imageFiles(file: string): string[] {
  const image = JSON.parse(readFileSync(file, "utf8")) as { file?: { name: string; bufExtension?: { isImport?: boolean } }[] };
  return (image.file ?? []).map((f) => f.name + (f.bufExtension?.isImport ? " (import)" : ""));
}

function bufOutcome(code: number): Outcome {
  return code === 0 ? "ok" : code === 100 ? "compile" : "usage";
}

function ourOutcome(code: number): Outcome {
  return code === 0 ? "ok" : code === 1 ? "compile" : "usage";
}

/**
 * Whether a difference is one the README lists under "Known differences", or a buf quirk not worth
 * copying (see the file comment); each is recognized as narrowly as the generated case allows.
 */
function knownDifference(w: Workspace, inv: Invocation, caseDir: string, theirs: Result, ours: Result): boolean {
  const moduleDirs = w.roots.map((r) => joinRel("ws", r.dir));
  const isUnder = (p: string, d: string) => p === d || p.startsWith(d + "/");
  // buf 1.75 stops with an internal error on an --exclude-path outside DIR when DIR is a module
  // built without a config ("is outside the context directory"); not a behaviour to copy.
  if (theirs.stderr.includes("it looks like you have found a bug in buf")) return true;
  const insideModule = inv.dir !== "ws" && !moduleDirs.includes(inv.dir) && moduleDirs.some((m) => isUnder(inv.dir, m));
  if (theirs.outcome === "usage" && theirs.stderr.includes("you must provide the workspace or module as the input")) return insideModule;
  // (a DIR inside a module that holds other, nested modules: buf builds those modules only)
  if (insideModule && moduleDirs.some((m) => m.startsWith(inv.dir + "/"))) return true;
  // (buf looks for a v1 buf.yaml above DIR only up to the current directory, and not at all for
  // an absolute DIR: it then builds DIR as a module of its own)
  if (w.kind === "v1" && insideModule) return true;
  if (theirs.outcome === "usage" && / is contained in multiple modules|was found in multiple|multiple locations/.test(theirs.stderr)) {
    return ours.outcome === "compile";
  }
  // DIR inside a v1beta1 workspace: buf reads and checks the buf.yaml above, but then builds DIR as
  // a module of its own (import paths relative to DIR, the excludes not applied); protoguard builds
  // it as part of the workspace.
  if (w.kind === "v1beta1" && inv.dir !== "ws" && !(theirs.outcome === "usage" && theirs.stderr.includes("decode"))) return true;
  const paths = inv.args.flatMap((a, i) => (inv.args[i - 1] === "--path" ? [a.startsWith(ABS) ? resolve(caseDir, a.slice(ABS.length)) : a] : []));
  // a --path in a directory a v1beta1 buf.yaml excludes: buf then targets every file of the roots
  // (a buf quirk of the deprecated format, not copied)
  if (paths.some((p) => w.v1beta1Excludes.some((e) => isUnder(relative(caseDir, resolve(caseDir, inv.cwd, p)), joinRel("ws", e))))) return true;
  // --path relative to DIR: ours falls back to it when the path is in no module from the cwd.
  const inRoot = (abs: string) => moduleDirs.some((m) => isUnder(relative(caseDir, abs), m));
  const dirAbs = resolve(caseDir, inv.dir);
  if (paths.some((p) => !inRoot(resolve(caseDir, inv.cwd, p)) && inRoot(resolve(dirAbs, p)))) return true;
  // DIR at or below a module with its own buf.yaml in a buf.work.yaml workspace
  if (w.kind === "v1-work" && w.roots.some((r) => r.ownConfig && isUnder(inv.dir, joinRel("ws", r.dir)))) return true;
  return false;
}

describe("random workspaces built by buf and by protoguard: the same files", () => {
  for (const s of SEEDS) {
    test(`seed ${s}`, async () => {
      random.seed(s);
      const base = join(cacheDir, "layout-fuzz", String(s));
      const caseDir = join(base, "case");
      rmSync(base, { recursive: true, force: true });
      const w = genWorkspace();
      for (const [p, text] of w.files) {
        mkdirSync(dirname(join(caseDir, "ws", p)), { recursive: true });
        writeFileSync(join(caseDir, "ws", p), text);
      }
      const diffs: string[] = [];
      const outcomes = new Set<Outcome>();
      for (let k = 0; k < RUNS_PER_SEED; k++) {
        const inv = genInvocation(w);
        const cwd = join(caseDir, inv.cwd);
        const args = inv.args.map((a) => (a.startsWith(ABS) ? resolve(caseDir, a.slice(ABS.length)) : a));
        const run = async (who: "buf" | "ours"): Promise<Result> => {
          const out = join(base, `${who}-${k}.json`);
          const full = [...args, "--exclude-source-info", "-o", out];
          const r = who === "buf" ? buf(full, cwd) : await protoguard(full, cwd);
          const outcome = who === "buf" ? bufOutcome(r.code) : ourOutcome(r.code);
          return { outcome, stderr: r.stderr, ...(outcome === "ok" ? { files: imageFiles(out) } : {}) };
        };
        const theirs = await run("buf");
        const ours = await run("ours");
        outcomes.add(theirs.outcome);
        const what = `seed ${s}: (cd ${relative(cacheDir, cwd)} && build ${args.slice(1).join(" ")})`;
        if (theirs.outcome !== ours.outcome) {
          if (!knownDifference(w, inv, caseDir, theirs, ours)) diffs.push(`${what}: buf ${theirs.outcome}, ours ${ours.outcome}\n  buf: ${theirs.stderr.trim()}\n  ours: ${ours.stderr.trim()}`);
        } else if (theirs.outcome === "ok" && JSON.stringify(theirs.files) !== JSON.stringify(ours.files)) {
          if (!knownDifference(w, inv, caseDir, theirs, ours)) diffs.push(`${what}: different files\n  buf:  ${theirs.files!.join(", ")}\n  ours: ${ours.files!.join(", ")}`);
        } else if (theirs.outcome === "compile" && theirs.stderr !== ours.stderr) {
          if (!knownDifference(w, inv, caseDir, theirs, ours)) diffs.push(`${what}: different errors\n  buf:  ${theirs.stderr.trim()}\n  ours: ${ours.stderr.trim()}`);
        }
      }
      expect(diffs, `seed ${s} (workspace in ${relative(cacheDir, caseDir)})`).toEqual([]);
      expect(outcomes.size).toBeGreaterThan(0);
    }, 120_000);
  }
});
