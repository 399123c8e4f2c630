/**
 * Opening a workspace the way `buf build` and `buf lint` do, shared by the commands: find the
 * workspace from DIR, read its module layout, discover the targets (restricted by DIR and
 * `--path`, minus `--exclude-path`), and, after compiling, collect the diagnostics to show.
 */
import { existsSync, statSync } from "node:fs";
import * as path from "node:path";
import type { CompileResult } from "../compiler/compile.js";
import type { Diagnostic } from "../compiler/diagnostics.js";
import type { ModuleLayout, ModuleRoot } from "../config/modules.js";
import { FsSources, comparePaths } from "../sources/fs.js";
import { UsageError, type CliIo } from "./main.js";

export interface Workspace {
  /** The workspace directory (absolute) and how it is shown. */
  readonly wsAbs: string;
  readonly wsDisplay: string;
  readonly layout: ModuleLayout;
  readonly sources: FsSources;
  /** Import paths of the files to check. */
  readonly targets: readonly string[];
  /**
   * Whether an `--exclude-path` covers this module-relative path (`acme/v1/a.proto`), in whichever
   * module: breaking leaves such files out of the against side too.
   */
  readonly isExcluded: (importPath: string) => boolean;
}

/** What `--path` and `--exclude-path` select, as given on the command line. */
export interface TargetPaths {
  readonly paths: readonly string[];
  readonly excludePaths: readonly string[];
}

/** No `--path` and no `--exclude-path`: every file of the workspace, or of DIR inside it. */
export const ALL_TARGETS: TargetPaths = { paths: [], excludePaths: [] };

/**
 * Opens the workspace of `dir` for `command`. `loadLayout` reads the layout of the workspace
 * directory (the command may read more from the same files, e.g. lint's config).
 */
export function openWorkspace(
  command: string,
  dir: string,
  select: TargetPaths,
  io: CliIo,
  loadLayout: (wsAbs: string, wsDisplay: string) => ModuleLayout,
): Workspace {
  const dirAbs = path.resolve(io.cwd, dir);
  let isDir = false;
  try {
    isDir = statSync(dirAbs).isDirectory();
  } catch {
    throw new UsageError(`${dir}: no such directory`);
  }
  if (!isDir) throw new UsageError(`${dir}: not a directory (${command} takes the directory of a module or workspace)`);

  // Like buf, a directory inside a workspace is built as part of it: the nearest directory at or
  // above DIR with a buf.yaml or buf.work.yaml is the workspace, and DIR restricts the targets.
  const found = findWorkspace(dirAbs);
  const wsAbs = found ?? dirAbs;
  // Paths are shown as buf shows them: relative to the current directory, or absolute if DIR was.
  const shownDir = (abs: string) => (path.isAbsolute(dir) ? abs : path.relative(io.cwd, abs) || ".");
  const wsDisplay = shownDir(wsAbs);
  const layout = loadLayout(wsAbs, wsDisplay);
  const sources = new FsSources(
    layout.roots.map((r) => ({
      dir: path.join(wsAbs, r.dir),
      display: shownDir(path.join(wsAbs, r.dir)),
      excludes: r.excludes,
      ...(r.includes ? { includes: r.includes } : {}),
      // a missing module directory is a module without files (checked below), as in buf
      mayBeMissing: true,
    })),
  );

  // Each scope narrows the targets: DIR inside the workspace, then the --path values. A path lies
  // in every module whose root contains it (module roots may be nested).
  const inRoots = (abs: string) => rootRelative(abs, layout.roots, wsAbs);
  const notInRoot = (what: string) => new UsageError(`${what}: not inside a module root of ${path.relative(io.cwd, wsAbs) || "."}`);
  const scopes: RootPath[][] = [];
  if (wsAbs !== dirAbs) {
    const rps = inRoots(dirAbs);
    if (rps.length === 0) throw notInRoot(`${dir} (inside the workspace ${wsDisplay})`);
    // DIR naming a module root (of nested ones) builds that module only, as in buf
    const exact = rps.filter((rp) => rp.rel === "");
    scopes.push(exact.length > 0 ? exact : rps);
  }
  // A --path is taken relative to the current directory (as buf does) when that lands inside a
  // module root, otherwise relative to DIR.
  const pathArgs = select.paths.map((given) => {
    const fromCwd = path.resolve(io.cwd, given);
    if (fromCwd === dirAbs) throw new UsageError(`--path ${given} is ${dir} itself: it has no effect`);
    const abs = inRoots(fromCwd).length === 0 ? path.resolve(dirAbs, given) : fromCwd;
    const rps = inRoots(abs);
    // as in buf: --path selects files and directories inside modules, DIR selects whole modules
    const root = rps.find((rp) => rp.rel === "");
    if (root) throw new UsageError(`--path ${given} is the module root ${layout.roots[root.root]!.dir}: give it as DIR instead`);
    return { given, abs, fromCwd, rps };
  });
  // As in buf, a --path in no module matches nothing when it lies in the workspace (for v1beta1
  // roots: only when it is in the current directory and contains the workspace); any other one, or
  // every --path being in no module, is an error.
  const v1beta1 = layout.roots.some((r) => r.v1beta1Root);
  const matchesNothing = (abs: string) => (v1beta1 ? within(abs, io.cwd) && within(wsAbs, abs) : within(abs, wsAbs));
  for (const p of pathArgs) {
    if (p.rps.length === 0 && (!matchesNothing(p.fromCwd) || pathArgs.every((q) => q.rps.length === 0))) throw notInRoot(`--path ${p.given}`);
  }
  if (pathArgs.length > 0) scopes.push(pathArgs.flatMap((p) => p.rps));
  const selectedRoot = (root: number) => scopes.every((scope) => scope.some((w) => w.root === root));
  const excluded = excludedPaths(select.excludePaths, pathArgs, {
    cwd: io.cwd,
    dir,
    dirAbs,
    wsAbs,
    context: excludeContext(found, wsDisplay, dir, dirAbs, io.cwd),
    roots: layout.roots,
    selectedRoot,
  });

  const all = sources.discover();
  // (one module without files is the "no .proto files were targeted" error below)
  if (select.paths.length === 0 && layout.roots.length > 1) checkModulesHaveFiles(layout.roots, all.map((t) => sources.rootIndexOf(t)), selectedRoot);
  const targets = all.filter((t) => {
    const root = sources.rootIndexOf(t);
    return scopes.every((scope) => scope.some((w) => w.root === root && covers(w.rel, t))) && !excluded.some((e) => e.root === root && covers(e.rel, t));
  });
  if (targets.length === 0 && sources.diagnostics.length === 0) {
    const why = ["it has none"];
    if (select.paths.length > 0) why.push("--path matches none of them");
    if (excluded.length > 0) why.push("--exclude-path excludes them all");
    throw new UsageError(
      `no .proto files were targeted in ${dir}: ${why.slice(0, -1).join(", ")}${why.length > 1 ? ", or " : ""}${why.at(-1)}` +
        (layout.configFile ? ` (module roots from ${layout.configFile}: ${layout.roots.map((r) => r.dir).join(", ")})` : ""),
    );
  }
  const excludedRels = excluded.map((e) => e.rel);
  return { wsAbs, wsDisplay, layout, sources, targets, isExcluded: (name) => excludedRels.some((rel) => covers(rel, name)) };
}

/**
 * Refuses a module built as a whole (DIR selects it, no `--path`) that has no .proto files, or
 * whose directory is missing, as buf does ("Module … had no .proto files"); v1beta1 roots may be
 * empty. `rootOfFile` holds the root index of each discovered file.
 */
function checkModulesHaveFiles(roots: readonly ModuleRoot[], rootOfFile: readonly (number | undefined)[], selectedRoot: (root: number) => boolean): void {
  const withFiles = new Set(rootOfFile);
  roots.forEach((r, i) => {
    if (r.v1beta1Root || withFiles.has(i) || !selectedRoot(i)) return;
    throw new UsageError(`module ${r.dir} has no .proto files${r.excludes.length > 0 ? " outside its excludes" : ""}`);
  });
}

/** Where `--exclude-path` values are checked and resolved. */
interface ExcludeContext {
  readonly cwd: string;
  /** DIR as given, and absolute. */
  readonly dir: string;
  readonly dirAbs: string;
  readonly wsAbs: string;
  /** The directory an exclude path must lie in (buf's "context directory") and how to name it. */
  readonly context: { readonly abs: string; readonly name: string };
  readonly roots: readonly ModuleRoot[];
  /** Whether DIR and `--path` leave this root among the targets. */
  readonly selectedRoot: (root: number) => boolean;
}

/**
 * The directory `--exclude-path` values must lie in, as in buf: the workspace `wsAbs` when a config
 * file made one (or a buf.work.yaml workspace above it, which buf takes as the workspace of a
 * module with its own buf.yaml); without one, the current directory when DIR is a relative path
 * inside it, else DIR.
 */
function excludeContext(wsAbs: string | undefined, wsDisplay: string, dir: string, dirAbs: string, cwd: string): ExcludeContext["context"] {
  if (wsAbs !== undefined) {
    const above = existsSync(path.join(wsAbs, ".git")) ? undefined : findWorkspace(path.dirname(wsAbs), ["buf.work.yaml"]);
    return above === undefined ? { abs: wsAbs, name: `the workspace ${wsDisplay}` } : { abs: above, name: `the workspace ${path.relative(cwd, above) || "."}` };
  }
  if (!path.isAbsolute(dir) && within(dirAbs, cwd)) return { abs: cwd, name: "the current directory" };
  return { abs: dirAbs, name: dir };
}

/**
 * The `--exclude-path` values as root-relative paths, checked as buf checks them. Each is taken
 * relative to the current directory, as in buf (unlike `--path`, never relative to DIR: buf
 * accepts such a path and excludes nothing, and falling back to DIR would change what is checked).
 * Usage errors, as in buf: a path outside the workspace (or, without a config file, outside the
 * current directory), a path that is also a `--path` or contains one, DIR itself, or the root of a
 * module the targets come from. A path inside such a root excludes the files at or under it; any
 * other path (one that names nothing, or lies in a module that is not targeted, or contains whole
 * modules) excludes nothing, as in buf.
 */
function excludedPaths(excludePaths: readonly string[], pathArgs: readonly { given: string; abs: string }[], c: ExcludeContext): RootPath[] {
  const args = excludePaths.map((given) => ({ given, abs: path.resolve(c.cwd, given) }));
  for (const e of args) if (!within(e.abs, c.context.abs)) throw new UsageError(`--exclude-path ${e.given}: not inside ${c.context.name}`);
  for (const p of pathArgs) {
    for (const e of args) {
      if (e.abs === p.abs) throw new UsageError(`--path ${p.given} and --exclude-path ${e.given} name the same path`);
      if (within(p.abs, e.abs)) throw new UsageError(`--exclude-path ${e.given} contains --path ${p.given}: it would exclude everything --path selects`);
    }
  }
  for (const e of args) if (e.abs === c.dirAbs) throw new UsageError(`--exclude-path ${e.given} is ${c.dir} itself: it would exclude everything`);
  const out: RootPath[] = [];
  for (const e of args) {
    c.roots.forEach((r, root) => {
      if (!c.selectedRoot(root)) return;
      const rel = path.relative(path.join(c.wsAbs, r.dir), e.abs);
      if (rel === "") throw new UsageError(`--exclude-path ${e.given} is the module root ${r.dir}: it excludes files and directories inside modules, not whole modules`);
      if (!isOutside(rel)) out.push({ root, rel: rel.split(path.sep).join("/") });
    });
  }
  return out;
}

/** Whether the root-relative path `rel` ("" = the whole root) is `t` or a directory above it. */
function covers(rel: string, t: string): boolean {
  return rel === "" || t === rel || t.startsWith(rel + "/");
}

/** Whether `abs` is `dirAbs` or lies under it. */
function within(abs: string, dirAbs: string): boolean {
  return !isOutside(path.relative(dirAbs, abs));
}

/** Whether a `path.relative` result leaves its base directory. */
function isOutside(rel: string): boolean {
  return rel === ".." || rel.startsWith(".." + path.sep) || path.isAbsolute(rel);
}

export interface ShownDiagnostic {
  readonly d: Diagnostic;
  /** Path as shown to the user (relative to the current directory, with the module directory). */
  readonly file: string;
}

/** The source and compiler errors to show, sorted by path and position. */
export function compileDiagnostics(sources: FsSources, result: CompileResult): ShownDiagnostic[] {
  const shown: ShownDiagnostic[] = [];
  // buf reports a bad import path (`../x.proto`) at the import; keep ours only if the compiler did not.
  const compilerSawImportPaths = result.diagnostics.some((d) => d.message.startsWith("import path must"));
  for (const d of sources.diagnostics) if (!(d.badImportPath && compilerSawImportPaths)) shown.push({ d, file: d.file });
  for (const d of result.diagnostics) if (d.severity === "error") shown.push({ d, file: sources.displayPath(d.file) });
  // as buf orders them: by position, then message (where each one ends does not count; sortDiagnostics)
  shown.sort((a, b) => comparePaths(a.file, b.file) || a.d.start - b.d.start || comparePaths(a.d.message, b.d.message));
  return shown;
}

interface RootPath {
  readonly root: number;
  /** Relative to the root, `/`-separated; "" for the root itself. */
  readonly rel: string;
}

/** `abs` relative to each root that contains it. */
function rootRelative(abs: string, roots: readonly ModuleRoot[], wsAbs: string): RootPath[] {
  const out: RootPath[] = [];
  for (let i = 0; i < roots.length; i++) {
    const rel = path.relative(path.join(wsAbs, roots[i]!.dir), abs);
    if (!isOutside(rel)) out.push({ root: i, rel: rel.split(path.sep).join("/") });
  }
  return out;
}

/** Config files that make a directory a workspace. */
const WORKSPACE_FILES = ["buf.yaml", "buf.work.yaml", "protoguard.yaml"];

/**
 * The nearest directory at or above `dir` that has one of `files` (by default a buf.yaml,
 * buf.work.yaml or protoguard.yaml). The search stops at the root of a git repository (a directory
 * with `.git`), so a stray config above a checkout is never picked up.
 */
export function findWorkspace(dir: string, files: readonly string[] = WORKSPACE_FILES): string | undefined {
  for (let d = dir; ; ) {
    if (files.some((f) => existsSync(path.join(d, f)))) return d;
    if (existsSync(path.join(d, ".git"))) return undefined;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}
