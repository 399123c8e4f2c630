/**
 * go_package conventions of protoguard's own GO rules (issue 4): parsing `option go_package`
 * (`IMPORT_PATH;ALIAS` or `IMPORT_PATH`), Go's import-path and package-name grammar, the alias a
 * package should have, and the one `option go_package = "…";` line each file should carry — the
 * line every GO rule's message names, so all of them agree on what to write.
 *
 * Options (protoguard.yaml `protoguard:` map, `LintOptions.extra`):
 * - `go_package_prefix`: the Go import path of the module root (e.g. `github.com/example/api`);
 *   `user/v1/user.proto` then needs `github.com/example/api/user/v1`. Without it, the prefix is
 *   inferred when most files with a go_package share one (their import path is that prefix plus
 *   their directory); otherwise only the directory suffix is checked.
 * - `go_package_alias`: how the alias follows the package: `last_version` (default, as buf's
 *   managed mode: `acme.billing.v1beta1` → `billingv1beta1`, unversioned `acme.billing` → `billing`),
 *   `last` (`billing`), or `all` (every component: `acmebillingv1beta1`).
 * - `go_package_aliases`: explicit aliases by package (`{ "acme.billing.v1": "billing" }`), which win.
 * - `exempt_packages` (versioning.ts): packages no GO rule reports on, default `["google.*"]`.
 */
import { FILE_OPTIONS, FILE_PACKAGE, type ProtoFile, type Model } from "./model.js";
import type { LintContext, ReportTarget } from "./rule.js";
import { parseVersionComponent } from "./naming.js";
import { directoryOf, isExempt, validateVersioningOptions } from "./versioning.js";

export { isExempt } from "./versioning.js";

/** Field number of `go_package` in FileOptions (source-info path `[8, 11]`). */
export const FILE_OPTIONS_GO_PACKAGE = 11;

export const GO_PACKAGE_PREFIX_KEY = "go_package_prefix";
export const GO_PACKAGE_ALIAS_KEY = "go_package_alias";
export const GO_PACKAGE_ALIASES_KEY = "go_package_aliases";

/** Every `protoguard:` key the VERSIONING and GO rules read (for the config loader's unknown-key check). */
export const CONVENTION_OPTION_KEYS: readonly string[] = ["exempt_packages", "go_package_prefix", "go_package_alias", "go_package_aliases"];

export type AliasStyle = "last_version" | "last" | "all";
const ALIAS_STYLES: readonly AliasStyle[] = ["last_version", "last", "all"];

export interface GoOptions {
  /** Without a trailing slash; undefined when not configured. */
  readonly prefix: string | undefined;
  readonly aliasStyle: AliasStyle;
  readonly aliases: Readonly<Record<string, string>>;
}

/** The GO options of a run (malformed values fall back to the defaults; see {@link validateGoOptions}). */
export function goOptions(extra: Readonly<Record<string, unknown>>): GoOptions {
  const p = extra[GO_PACKAGE_PREFIX_KEY];
  const style = extra[GO_PACKAGE_ALIAS_KEY];
  const aliases = extra[GO_PACKAGE_ALIASES_KEY];
  return {
    prefix: typeof p === "string" && p.replace(/\/+$/, "") !== "" ? p.replace(/\/+$/, "") : undefined,
    aliasStyle: ALIAS_STYLES.includes(style as AliasStyle) ? (style as AliasStyle) : "last_version",
    aliases: isStringMap(aliases) ? aliases : {},
  };
}

function isStringMap(v: unknown): v is Record<string, string> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");
}

/**
 * Problems with the VERSIONING and GO options of a `protoguard:` map, one line each, for the
 * config loader to turn into configuration errors (rules themselves fall back to the defaults).
 */
export function validateConventionOptions(extra: Readonly<Record<string, unknown>>): string[] {
  const out = validateVersioningOptions(extra);
  const p = extra[GO_PACKAGE_PREFIX_KEY];
  if (p !== undefined) {
    if (typeof p !== "string") out.push(`${GO_PACKAGE_PREFIX_KEY} must be a Go import path (e.g. github.com/example/api)`);
    else {
      const problem = importPathProblem(p.replace(/\/+$/, ""));
      if (problem) out.push(`${GO_PACKAGE_PREFIX_KEY} "${p}" is not a valid Go import path: ${problem}`);
    }
  }
  const style = extra[GO_PACKAGE_ALIAS_KEY];
  if (style !== undefined && !ALIAS_STYLES.includes(style as AliasStyle))
    out.push(`${GO_PACKAGE_ALIAS_KEY} must be one of ${ALIAS_STYLES.join(", ")}, not ${JSON.stringify(style)}`);
  const aliases = extra[GO_PACKAGE_ALIASES_KEY];
  if (aliases !== undefined) {
    if (!isStringMap(aliases)) out.push(`${GO_PACKAGE_ALIASES_KEY} must map package names to Go package names`);
    else for (const [pkg, alias] of Object.entries(aliases)) if (aliasProblem(alias)) out.push(`${GO_PACKAGE_ALIASES_KEY}.${pkg}: ${aliasProblem(alias)}`);
  }
  return out;
}

// ---- the option's value -------------------------------------------------------------------------

/** The go_package of a file, or undefined when it is not set (or set to ""). */
export function goPackageOf(file: ProtoFile): string | undefined {
  const v = file.proto.options?.goPackage;
  return v ? v : undefined;
}

export interface GoPackage {
  readonly raw: string;
  readonly importPath: string;
  /** The alias after `;`, undefined when none is written. */
  readonly explicitAlias: string | undefined;
  /** The Go package name the code gets: the explicit alias, else the last element of the path. */
  readonly alias: string;
}

/** Splits `IMPORT_PATH;ALIAS` (protoc-gen-go splits at the last `;`). */
export function parseGoPackage(raw: string): GoPackage {
  const semi = raw.lastIndexOf(";");
  const importPath = semi < 0 ? raw : raw.slice(0, semi);
  const explicitAlias = semi < 0 ? undefined : raw.slice(semi + 1);
  return { raw, importPath, explicitAlias, alias: explicitAlias ?? importPath.slice(importPath.lastIndexOf("/") + 1) };
}

const GO_KEYWORDS = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var".split(" "),
);

/**
 * Why a Go package name is not acceptable, or undefined when it is: lower-case ASCII letters,
 * digits and `_`, starting with a letter, and not a Go keyword. (Go allows more identifiers; Go's
 * own conventions, and the import statements of every client, want these.)
 */
export function aliasProblem(alias: string): string | undefined {
  if (alias === "") return "it is empty";
  if (GO_KEYWORDS.has(alias)) return `"${alias}" is a Go keyword`;
  if (!/^[a-z][a-z0-9_]*$/.test(alias)) return `"${alias}" is not a lower-case Go identifier`;
  return undefined;
}

const BAD_WINDOWS_NAMES = new Set(["con", "prn", "aux", "nul", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

/**
 * Why a string is not a valid Go import path, or undefined when it is. Go's rules
 * (golang.org/x/mod/module.CheckImportPath): `/`-separated non-empty elements of ASCII letters,
 * digits and `-._~+`, no leading `-`, no element of dots only or ending in a dot, no Windows
 * device names or short names (`x~1`); plus protoc-gen-go's rule that a usable import path
 * holds a `.` or a `/` (a bare `foo` is not one).
 */
export function importPathProblem(path: string): string | undefined {
  if (path === "") return "the import path is empty";
  if (path.startsWith("-")) return "it starts with -";
  if (path.includes("//")) return "it has an empty element (//)";
  if (path.startsWith("/")) return "it starts with /";
  if (path.endsWith("/")) return "it ends with /";
  for (const elem of path.split("/")) {
    if (/^\.+$/.test(elem)) return `element "${elem}" is only dots`;
    if (elem.endsWith(".")) return `element "${elem}" ends with a dot`;
    const bad = /[^A-Za-z0-9\-._~+]/.exec(elem);
    if (bad) return `element "${elem}" holds ${JSON.stringify(bad[0])} (allowed: letters, digits and - . _ ~ +)`;
    const short = elem.split(".")[0]!;
    if (BAD_WINDOWS_NAMES.has(short.toLowerCase())) return `element "${elem}" is a reserved name on Windows`;
    if (/~\d+$/.test(short)) return `element "${elem}" looks like a Windows short name`;
  }
  if (!path.includes(".") && !path.includes("/")) return "it needs a domain or a path (protoc-gen-go rejects a bare name)";
  return undefined;
}

/** What is wrong with the form of a go_package value (first problem), or undefined. */
export function formProblem(gp: GoPackage): string | undefined {
  if (gp.raw.indexOf(";") !== gp.raw.lastIndexOf(";")) return "it has more than one ';'";
  const pathProblem = importPathProblem(gp.importPath);
  if (pathProblem) return `"${gp.importPath}" is not a valid Go import path: ${pathProblem}`;
  if (gp.explicitAlias !== undefined) {
    const p = aliasProblem(gp.explicitAlias);
    return p ? `the package name after ';' is not usable: ${p}` : undefined;
  }
  const p = aliasProblem(gp.alias);
  return p ? `without ';NAME', Go names the package after the last path element, and ${p}` : undefined;
}

// ---- what a file should have ----------------------------------------------------------------------

/** The alias a package should have (`acme.billing.v1beta1` → `billingv1beta1` by default). */
export function expectedAlias(pkg: string, opts: GoOptions): string | undefined {
  if (pkg === "") return undefined;
  const own = opts.aliases[pkg];
  if (own !== undefined) return own;
  const parts = pkg.split(".");
  const last = parts[parts.length - 1]!;
  const versioned = parts.length >= 2 && parseVersionComponent(last) !== undefined;
  const names = versioned ? parts.slice(0, -1) : parts;
  const version = versioned ? last : "";
  const alias =
    opts.aliasStyle === "all" ? names.join("") + version : opts.aliasStyle === "last" ? names[names.length - 1]! : names[names.length - 1]! + version;
  return alias.toLowerCase();
}

/** `prefix` + `dir` as an import path (the module root is the prefix itself). */
function joinPath(prefix: string, dir: string): string {
  return dir === "." ? prefix : `${prefix}/${dir}`;
}

/** Whether an import path ends with a directory (element-wise). */
export function endsWithDir(importPath: string, dir: string): boolean {
  return dir === "." || importPath === dir || importPath.endsWith(`/${dir}`);
}

/** What the GO rules share about one run: options, and the prefix inferred from the files. */
export interface GoLayout {
  readonly options: GoOptions;
  /** The configured prefix, else the one most files follow; undefined when neither exists. */
  readonly prefix: string | undefined;
  readonly prefixInferred: boolean;
}

const layouts = new WeakMap<readonly ProtoFile[], WeakMap<object, GoLayout>>();

/** The layout of a run's target files (computed once per run and shared by the GO rules). */
export function goLayout(files: readonly ProtoFile[], ctx: Pick<LintContext, "options">): GoLayout {
  let byOptions = layouts.get(files);
  if (!byOptions) layouts.set(files, (byOptions = new WeakMap()));
  const cached = byOptions.get(ctx.options.extra);
  if (cached) return cached;
  const options = goOptions(ctx.options.extra);
  let prefix = options.prefix;
  let prefixInferred = false;
  if (prefix === undefined) {
    // A prefix is inferred only when most files with a go_package follow it: a convention the
    // module actually has, not one a few files happen to match.
    const counts = new Map<string, number>();
    let considered = 0;
    for (const f of files) {
      const raw = goPackageOf(f);
      const dir = directoryOf(f.name);
      if (!raw || dir === "." || isExempt(f, ctx.options.extra)) continue;
      const gp = parseGoPackage(raw);
      if (importPathProblem(gp.importPath)) continue;
      considered++;
      if (gp.importPath === dir || !endsWithDir(gp.importPath, dir)) continue;
      const p = gp.importPath.slice(0, gp.importPath.length - dir.length - 1);
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    let best = 0;
    for (const [p, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > best) [prefix, best] = [p, n];
    if (best * 2 > considered) prefixInferred = true;
    else prefix = undefined;
  }
  const layout: GoLayout = { options, prefix, prefixInferred };
  byOptions.set(ctx.options.extra, layout);
  return layout;
}

/** The go_package a file should have, and whether it is known for sure (else it holds a placeholder). */
export interface ExpectedGoPackage {
  readonly importPath: string;
  readonly alias: string | undefined;
  /** The import path is not a guess (configured or inferred prefix, or a current path already right). */
  readonly certain: boolean;
}

export const MODULE_PATH_PLACEHOLDER = "<go module path>";

/**
 * The go_package a file should carry: its import path is the prefix (configured or inferred) plus
 * the file's directory; without a prefix, the current path when it already ends with the
 * directory, else the current path's head with the directory put in place of its tail (a guess),
 * else a placeholder.
 */
export function expectedGoPackage(file: ProtoFile, layout: GoLayout): ExpectedGoPackage {
  const dir = directoryOf(file.name);
  const alias = expectedAlias(file.package, layout.options);
  if (layout.prefix !== undefined) return { importPath: joinPath(layout.prefix, dir), alias, certain: true };
  const raw = goPackageOf(file);
  const current = raw === undefined ? undefined : parseGoPackage(raw).importPath;
  if (current !== undefined && !importPathProblem(current)) {
    if (endsWithDir(current, dir)) return { importPath: current, alias, certain: true };
    const elems = current.split("/");
    const keep = Math.max(1, elems.length - (dir === "." ? 0 : dir.split("/").length));
    return { importPath: joinPath(elems.slice(0, keep).join("/"), dir), alias, certain: false };
  }
  return { importPath: joinPath(MODULE_PATH_PLACEHOLDER, dir), alias, certain: false };
}

/** The go_package value: `path;alias`, or just `path` when its last element already is the alias. */
export function goPackageValue(expected: Pick<ExpectedGoPackage, "importPath" | "alias">): string {
  const { importPath, alias } = expected;
  if (alias === undefined || importPath.slice(importPath.lastIndexOf("/") + 1) === alias) return importPath;
  return `${importPath};${alias}`;
}

/** The statement to write: `option go_package = "github.com/example/api/user/v1;userv1";`. */
export function goPackageLine(value: string): string {
  return `option go_package = ${JSON.stringify(value)};`;
}

/** Where GO rules report about a file's go_package: its option statement, else the package statement, else 1:1. */
export function goPackageTarget(file: ProtoFile): ReportTarget {
  if (file.locations.get([FILE_OPTIONS, FILE_OPTIONS_GO_PACKAGE])) return { element: file, at: [FILE_OPTIONS, FILE_OPTIONS_GO_PACKAGE], fallback: "none" };
  return { element: file, at: [FILE_PACKAGE], fallback: "none" };
}

/** A hint for messages whose import path is a guess. */
export function prefixHint(expected: ExpectedGoPackage): string {
  return expected.certain ? "" : ` (set ${GO_PACKAGE_PREFIX_KEY} in protoguard.yaml to have the exact path)`;
}

/**
 * The go_package most files of package `pkg` carry, over the whole build (targets and imports;
 * on a tie, the value of the first such file by path), or undefined when none sets one.
 */
export function packageGoPackage(model: Model, pkg: string): string | undefined {
  const counts = new Map<string, number>();
  const files = model.files.filter((f) => f.package === pkg && goPackageOf(f) !== undefined);
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of files) counts.set(goPackageOf(f)!, (counts.get(goPackageOf(f)!) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
