/**
 * Opening a workspace the way `buf build` and `buf lint` do, shared by the commands: find the
 * workspace from DIR, read its module layout, discover the targets (restricted by DIR and
 * `--path`), and, after compiling, collect the diagnostics to show.
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
}

/**
 * Opens the workspace of `dir` for `command`. `loadLayout` reads the layout of the workspace
 * directory (the command may read more from the same files, e.g. lint's config).
 */
export function openWorkspace(
  command: string,
  dir: string,
  paths: readonly string[],
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
  const wsAbs = findWorkspace(dirAbs) ?? dirAbs;
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
    })),
  );
  let targets = sources.discover();
  if (wsAbs !== dirAbs) targets = filterTargets(targets, [dirAbs], layout.roots, wsAbs, dirAbs, io.cwd, sources, `${dir} (inside the workspace ${wsDisplay})`);
  if (paths.length > 0) targets = filterTargets(targets, paths, layout.roots, wsAbs, dirAbs, io.cwd, sources);
  if (targets.length === 0 && sources.diagnostics.length === 0) {
    throw new UsageError(
      `no .proto files were targeted in ${dir}: it has none${paths.length ? `, or --path matches none of them` : ""}` +
        (layout.configFile ? ` (module roots from ${layout.configFile}: ${layout.roots.map((r) => r.dir).join(", ")})` : ""),
    );
  }
  return { wsAbs, wsDisplay, layout, sources, targets };
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
  shown.sort((a, b) => comparePaths(a.file, b.file) || a.d.start - b.d.start || a.d.end - b.d.end || comparePaths(a.d.message, b.d.message));
  return shown;
}

/**
 * Keeps the targets under any `--path`. A path is taken relative to the current directory (as buf
 * does) when that lands inside a module root, otherwise relative to DIR.
 */
function filterTargets(
  targets: readonly string[],
  paths: readonly string[],
  roots: readonly ModuleRoot[],
  wsAbs: string,
  dirAbs: string,
  cwd: string,
  sources: FsSources,
  what?: string,
): string[] {
  const wanted: RootPath[] = [];
  for (const p of paths) {
    const rp = rootRelative(path.resolve(cwd, p), roots, wsAbs) ?? rootRelative(path.resolve(dirAbs, p), roots, wsAbs);
    if (rp === undefined) throw new UsageError(`${what ?? `--path ${p}`}: not inside a module root of ${path.relative(cwd, wsAbs) || "."}`);
    wanted.push(rp);
  }
  return targets.filter((t) => {
    const root = sources.rootIndexOf(t);
    return wanted.some((w) => w.root === root && (w.rel === "" || t === w.rel || t.startsWith(w.rel + "/")));
  });
}

interface RootPath {
  readonly root: number;
  /** Relative to the root, `/`-separated; "" for the root itself. */
  readonly rel: string;
}

function rootRelative(abs: string, roots: readonly ModuleRoot[], dirAbs: string): RootPath | undefined {
  for (let i = 0; i < roots.length; i++) {
    const rel = path.relative(path.join(dirAbs, roots[i]!.dir), abs);
    if (rel === "") return { root: i, rel: "" };
    if (rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel)) return { root: i, rel: rel.split(path.sep).join("/") };
  }
  return undefined;
}

/** Config files that make a directory a workspace. */
const WORKSPACE_FILES = ["buf.yaml", "buf.work.yaml", "protoguard.yaml"];

/**
 * The nearest directory at or above `dir` that has a buf.yaml, buf.work.yaml or protoguard.yaml.
 * The search stops at the root of a git repository (a directory with `.git`), so a stray config
 * above a checkout is never picked up.
 */
export function findWorkspace(dir: string): string | undefined {
  for (let d = dir; ; ) {
    if (WORKSPACE_FILES.some((f) => existsSync(path.join(d, f)))) return d;
    if (existsSync(path.join(d, ".git"))) return undefined;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}
