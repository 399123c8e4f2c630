/**
 * Module layout: which directories are import roots and which of their files are excluded, read
 * from the `buf.yaml` (v1beta1, v1, v2) or `buf.work.yaml` (v1) in a workspace directory.
 *
 * Only the layout is read here (roots, excludes, module names); lint and breaking settings in the
 * same files belong to the config loader. Every mistake in a file is a {@link ConfigError} naming
 * the file, line and column, never a crash.
 *
 * Behaviour follows buf 1.75 (probed):
 * - no config file: the directory itself is the only root, nothing excluded;
 * - `buf.yaml` v2: `modules: [{path, excludes, includes, name}]`, `path` defaults to `.`, no
 *   `modules` means one module at `.`; excludes and includes are relative to the workspace and must
 *   lie inside their module; with includes, only files under them belong to the module;
 * - `buf.yaml` v1: the directory is the root, `build.excludes` relative to it;
 * - `buf.yaml` v1beta1: `build.roots` (default `.`) are roots of one module, `build.excludes` are
 *   relative to the workspace and must lie inside a root;
 * - `buf.work.yaml` v1: `directories`, each a module with its own optional v1/v1beta1 `buf.yaml`;
 * - in every version, an exclude naming a .proto file, one listed twice or one within another is an
 *   error; with v2 includes, every exclude must lie within one of them;
 * - a missing `version` is an error ("version" is not set), as in buf.
 */
import { statSync } from "node:fs";
import * as path from "node:path";
import { isMap, isSeq, type Node as YamlNode } from "yaml";
import { ConfigError, fail, isNull, nodeAt, parseYaml, readIfExists, stringValue, type Loc, type YamlFile } from "./yaml.js";

export { ConfigError } from "./yaml.js";

/** One import root. Paths are POSIX-style and relative to the workspace directory. */
export interface ModuleRoot {
  /** The root directory relative to the workspace (`.` for the workspace itself, `proto`, `a/b`). */
  readonly dir: string;
  /** Excluded directories, relative to this root (`skip`, `a/b`); never `.`. */
  readonly excludes: readonly string[];
  /** When present (v2 `includes`), only files under these directories (relative to the root) belong to the module. */
  readonly includes?: readonly string[];
  /** The module's name when the config gives one (`buf.build/acme/petapis`). */
  readonly name?: ModuleName;
  /**
   * A root of a v1beta1 buf.yaml (`build.roots`). buf treats these apart: such a root may be missing
   * or hold no .proto files (any other module without .proto files is an error when it is built as
   * a whole), and every `--path` must lie in one of the roots (elsewhere one in no module matches
   * nothing).
   */
  readonly v1beta1Root?: true;
}

export interface ModuleName {
  readonly remote: string;
  readonly owner: string;
  readonly repository: string;
}

export interface ModuleLayout {
  /** The config file that defined the layout (`buf.yaml` or `buf.work.yaml`), if any. */
  readonly configFile?: string;
  readonly roots: readonly ModuleRoot[];
}

/** A config given instead of the workspace's buf.yaml (`--config`, protoguard.yaml). */
export interface ConfigOverride {
  /** How to name it in errors: the path as given, or `--config` for inline text. */
  readonly file: string;
  readonly text: string;
}

/**
 * Reads the module layout of the workspace in `dir`; the returned root directories are relative
 * to it. `displayDir` is how the user wrote `dir` (default `dir`), used in error messages.
 * With `override`, that text is the workspace's buf.yaml and buf.work.yaml is not read.
 */
export function loadModuleLayout(dir: string, displayDir: string = dir, override?: ConfigOverride): ModuleLayout {
  const bufYaml = override ? parseConfig(override.file, override.text, "buf.yaml") : readConfig(dir, displayDir, "buf.yaml");
  const workYaml = override ? undefined : readConfig(dir, displayDir, "buf.work.yaml");
  if (bufYaml && bufYaml.version === "v2") return { configFile: bufYaml.file, roots: v2Roots(dir, bufYaml) };
  if (workYaml) return { configFile: workYaml.file, roots: workRoots(dir, displayDir, workYaml) };
  if (bufYaml) return { configFile: bufYaml.file, roots: v1Roots(dir, bufYaml, ".") };
  return { roots: [{ dir: ".", excludes: [] }] };
}

// ---- reading ---------------------------------------------------------------------------------

interface ConfigDoc extends YamlFile {
  readonly version: string;
}

function readConfig(dir: string, displayDir: string, name: string): ConfigDoc | undefined {
  const read = readIfExists(dir, displayDir, name);
  return read && parseConfig(read.file, read.text, name);
}

function parseConfig(file: string, text: string, name: string): ConfigDoc {
  const cfg = parseYaml(file, text);
  const versionNode = nodeAt(cfg.doc.contents, "version");
  if (versionNode === undefined) {
    throw new ConfigError(file, 1, 1, `"version" is not set. Please add "version: v2"`);
  }
  const version = stringValue(cfg, versionNode, "version");
  const known = name === "buf.work.yaml" ? ["v1"] : ["v1beta1", "v1", "v2"];
  if (!known.includes(version)) fail(cfg, versionNode, `unknown file version: "${version}" (expected ${known.join(", ")})`);
  return { ...cfg, version };
}

// ---- the formats ------------------------------------------------------------------------------

function v2Roots(wsDir: string, cfg: ConfigDoc): ModuleRoot[] {
  const top = cfg.doc.contents;
  const modules = nodeAt(top, "modules");
  if (modules === undefined || isNull(modules)) return [{ dir: ".", excludes: [] }];
  if (!isSeq(modules)) fail(cfg, modules, `"modules" must be a list of {path, excludes}`);
  const roots: ModuleRoot[] = [];
  const seen = new Map<string, YamlNode>();
  for (const item of modules.items as YamlNode[]) {
    if (!isMap(item)) fail(cfg, item, "a module must be a mapping with a `path`");
    const pathNode = nodeAt(item, "path");
    const dir = pathNode === undefined ? "." : relativeDir(cfg, pathNode, "module path");
    const prev = seen.get(dir);
    if (prev) fail(cfg, pathNode ?? item, `module path "${dir}" is listed more than once`);
    seen.set(dir, item);
    const excludes: [YamlNode, string][] = [];
    for (const [node, ex] of stringList(cfg, nodeAt(item, "excludes"), "excludes")) {
      const rel = relativeDir(cfg, node, "exclude path", ex);
      const inside = within(rel, dir);
      if (inside === undefined || inside === ".") fail(cfg, node, `exclude path "${rel}" does not reside within module directory "${dir}"`);
      checkNotProtoFile(cfg, node, wsDir, dir, inside);
      excludes.push([node, inside]);
    }
    checkExcludesDisjoint(cfg, excludes);
    const includeNodes: [YamlNode, string][] = [];
    for (const [node, inc] of stringList(cfg, nodeAt(item, "includes"), "includes")) {
      const rel = relativeDir(cfg, node, "include path", inc);
      const inside = within(rel, dir);
      if (inside === undefined) fail(cfg, node, `include path "${rel}" does not reside within module directory "${dir}"`);
      includeNodes.push([node, inside]);
    }
    checkExcludesDisjoint(cfg, includeNodes, "include", dir);
    const includes = includeNodes.map(([, inc]) => inc);
    // with includes, each exclude must lie strictly within one of them
    for (const [node, ex] of includes.length > 0 ? excludes : []) {
      if (includes.includes(ex)) fail(cfg, node, `"${joinRel(dir, ex)}" is both an include path and an exclude path`);
      if (!includes.some((inc) => within(ex, inc) !== undefined)) fail(cfg, node, `include paths are specified but "${joinRel(dir, ex)}" is not contained within any of them`);
    }
    const name = moduleName(cfg, nodeAt(item, "name"));
    const root: ModuleRoot = { dir, excludes: excludes.map(([, ex]) => ex), ...(includes.length > 0 && !includes.includes(".") ? { includes } : {}) };
    roots.push(name ? { ...root, name } : root);
  }
  return roots;
}

/** v1 and v1beta1 `buf.yaml`; `base` is the module directory relative to the workspace `wsDir`. */
function v1Roots(wsDir: string, cfg: ConfigDoc, base: string): ModuleRoot[] {
  const top = cfg.doc.contents;
  const build = nodeAt(top, "build");
  if (build !== undefined && !isNull(build) && !isMap(build)) fail(cfg, build, `"build" must be a mapping`);
  const name = moduleName(cfg, nodeAt(top, "name"));
  const excludeNodes = stringList(cfg, build && nodeAt(build, "excludes"), "build.excludes");
  if (cfg.version === "v1") {
    if (build && nodeAt(build, "roots") !== undefined) fail(cfg, nodeAt(build, "roots")!, `"build.roots" is only valid in version v1beta1; list directories in buf.work.yaml instead`);
    const excludes = excludeNodes.map(([node, ex]): [YamlNode, string] => {
      const rel = relativeDir(cfg, node, "exclude path", ex);
      if (rel === ".") fail(cfg, node, `cannot exclude the module root itself`);
      checkNotProtoFile(cfg, node, wsDir, base, rel);
      return [node, rel];
    });
    checkExcludesDisjoint(cfg, excludes);
    return [withName({ dir: base, excludes: excludes.map(([, ex]) => ex) }, name)];
  }
  // v1beta1: several roots of one module; excludes relative to the buf.yaml directory.
  const rootNodes = stringList(cfg, build && nodeAt(build, "roots"), "build.roots");
  const rootDirs = rootNodes.length === 0 ? ["."] : rootNodes.map(([node, r]) => relativeDir(cfg, node, "root", r));
  for (let i = 0; i < rootDirs.length; i++)
    for (let j = 0; j < rootDirs.length; j++)
      if (i !== j && within(rootDirs[i]!, rootDirs[j]!) !== undefined && (rootDirs[i] !== rootDirs[j] || i > j))
        fail(cfg, rootNodes[i]![0], `root "${rootDirs[i]}" overlaps root "${rootDirs[j]}"`);
  const excludes: string[][] = rootDirs.map(() => []);
  checkExcludesDisjoint(cfg, excludeNodes.map(([node, ex]) => [node, relativeDir(cfg, node, "exclude path", ex)]));
  for (const [node, ex] of excludeNodes) {
    const rel = relativeDir(cfg, node, "exclude path", ex);
    let found = false;
    for (let i = 0; i < rootDirs.length; i++) {
      const inside = within(rel, rootDirs[i]!);
      if (inside !== undefined && inside !== ".") {
        checkNotProtoFile(cfg, node, wsDir, joinRel(base, rootDirs[i]!), inside);
        excludes[i]!.push(inside);
        found = true;
      }
    }
    if (!found) fail(cfg, node, `exclude "${rel}" is not contained in any root, which is not valid`);
  }
  return rootDirs.map((d, i) => ({ ...withName({ dir: joinRel(base, d), excludes: excludes[i]! }, name), v1beta1Root: true }));
}

function workRoots(dir: string, displayDir: string, cfg: ConfigDoc): ModuleRoot[] {
  const dirsNode = nodeAt(cfg.doc.contents, "directories");
  const dirs = stringList(cfg, dirsNode, "directories");
  if (dirs.length === 0) fail(cfg, dirsNode ?? cfg.doc.contents ?? undefined, `"directories" must list at least one module directory`);
  const roots: ModuleRoot[] = [];
  for (const [node, d] of dirs) {
    const rel = relativeDir(cfg, node, "directory", d);
    for (const r of roots) if (within(rel, r.dir) !== undefined || within(r.dir, rel) !== undefined) fail(cfg, node, `directory "${rel}" overlaps directory "${r.dir}"`);
    const moduleCfg = readConfig(path.join(dir, rel), path.join(displayDir, rel), "buf.yaml");
    if (moduleCfg && moduleCfg.version === "v2") fail(moduleCfg, nodeAt(moduleCfg.doc.contents, "version")!, `a buf.yaml listed in buf.work.yaml must be version v1 or v1beta1`);
    roots.push(...(moduleCfg ? v1Roots(dir, moduleCfg, rel) : [{ dir: rel, excludes: [] }]));
  }
  return roots;
}

// ---- helpers ----------------------------------------------------------------------------------

function stringList(cfg: Loc, node: YamlNode | undefined, what: string): [YamlNode, string][] {
  if (node === undefined || isNull(node)) return [];
  if (!isSeq(node)) fail(cfg, node, `"${what}" must be a list of strings`);
  return (node.items as YamlNode[]).map((item) => [item, stringValue(cfg, item, what)]);
}

/** Normalizes a relative directory (`./a/b/` → `a/b`, `.` stays); refuses absolute and `..` paths. */
function relativeDir(cfg: Loc, node: YamlNode, what: string, value?: string): string {
  const raw = value ?? stringValue(cfg, node, what);
  if (raw === "") fail(cfg, node, `${what} must not be empty`);
  if (raw.startsWith("/") || raw.includes("\\") || /^[A-Za-z]:/.test(raw)) fail(cfg, node, `${what} "${raw}" must be a relative path with / separators`);
  const norm = path.posix.normalize(raw).replace(/\/+$/, "");
  if (norm === ".." || norm.startsWith("../")) fail(cfg, node, `${what} "${raw}" must not point outside the workspace directory`);
  return norm === "" ? "." : norm;
}

/**
 * Refuses a path listed twice or lying within another one (`[node, path]` pairs, excludes by
 * default), as buf does; v2 includes are named with their module directory `base`, as buf names them.
 */
function checkExcludesDisjoint(cfg: Loc, paths: readonly [YamlNode, string][], what = "exclude", base = "."): void {
  paths.forEach(([node, p], i) => {
    paths.forEach(([, other], j) => {
      if (p === other && j < i) fail(cfg, node, `duplicate ${what} "${joinRel(base, p)}"`);
      if (p !== other && within(p, other) !== undefined) fail(cfg, node, `${what} "${joinRel(base, p)}" is within ${what} "${joinRel(base, other)}"`);
    });
  });
}

/**
 * Refuses an exclude that names a .proto file (`rel`, relative to the module directory `moduleDir`
 * of the workspace `wsDir`): buf excludes directories only, and fails on such a file.
 */
function checkNotProtoFile(cfg: Loc, node: YamlNode, wsDir: string, moduleDir: string, rel: string): void {
  if (!rel.endsWith(".proto")) return;
  let isFile = false;
  try {
    isFile = statSync(path.join(wsDir, moduleDir, rel)).isFile();
  } catch {
    return;
  }
  if (isFile) fail(cfg, node, `excludes can only be directories but file "${rel}" was found`);
}

/** `child` relative to `parent` when it lies within it (`.` when equal), else undefined. */
export function within(child: string, parent: string): string | undefined {
  if (parent === ".") return child;
  if (child === parent) return ".";
  if (child.startsWith(parent + "/")) return child.slice(parent.length + 1);
  return undefined;
}

function joinRel(base: string, d: string): string {
  return base === "." ? d : d === "." ? base : `${base}/${d}`;
}

function moduleName(cfg: Loc, node: YamlNode | undefined): ModuleName | undefined {
  if (node === undefined || isNull(node)) return undefined;
  const s = stringValue(cfg, node, "name");
  const parts = s.split("/");
  if (parts.length !== 3 || parts.some((p) => p === "")) fail(cfg, node, `module name "${s}" must have the form remote/owner/repository`);
  return { remote: parts[0]!, owner: parts[1]!, repository: parts[2]! };
}

function withName(root: { dir: string; excludes: string[] }, name: ModuleName | undefined): ModuleRoot {
  return name ? { ...root, name } : root;
}
