/**
 * From what a config block says (`use`, `except`, `ignore`, `ignore_only`) to what the engine
 * runs: the set of rules, and ignore paths relative to the module (buf-rules.md §3.2–3.4).
 *
 * Rule and category IDs are interpreted per config version (v1beta1 has more categories and a
 * few different rules; FIELD_NOT_REQUIRED exists only in v2). An empty `use` means the default
 * rules: the STANDARD category, in every version. Deprecated IDs still work with a warning, as in
 * buf: the categories DEFAULT (→ STANDARD) and STYLE_DEFAULT (→ STYLE_STANDARD), and deprecated
 * rules, which do nothing. Unknown IDs are a {@link ConfigError} at the line that names them.
 *
 * Paths: v1/v1beta1 blocks are module-relative already; v2 blocks are relative to the workspace
 * and include the module directory. A path outside the module is skipped when the block is the
 * shared top-level one, and an error when it is the module's own (buf does both). A path equal to
 * the module directory ignores the whole module. One list may not hold a path inside another.
 *
 * Deliberate difference: when `use`/`except` leave no rule, buf fails with an internal error
 * ("resultRules was empty"); protoguard runs no rules and warns.
 */
import * as path from "node:path";
import type { ConfigVersion, LintOptions, LintRule } from "../engine/rule.js";
import { DEFAULT_LINT_OPTIONS } from "../engine/rule.js";
import { ConfigError, type CheckBlock, type Located, type ModuleCheckConfig } from "./buf-yaml.js";

/** What rulesets need to know of a rule, lint or breaking. */
export interface RuleInfo {
  readonly id: string;
  readonly categories: Partial<Readonly<Record<ConfigVersion, readonly string[]>>>;
  readonly deprecated?: boolean;
  /** IDs that replace a deprecated rule (shown in the warning). */
  readonly replacements?: readonly string[];
  /** One of protoguard's own rules (its categories are protoguard's, e.g. VERSIONING, GO). */
  readonly protoguard?: boolean;
  /**
   * A protoguard rule that runs when `use` is empty, beside the default category (issue 4: "on by
   * default when no config restricts the rule set"). A config that names `use:` gets only what it names.
   */
  readonly onByDefault?: boolean;
}

/** The categories a version knows, the deprecated ones, and which one holds the default rules. */
export interface CategorySpec {
  readonly categories: Readonly<Record<ConfigVersion, readonly string[]>>;
  /** Deprecated category → its replacement. */
  readonly deprecated: Readonly<Record<string, string>>;
  /** Rules in this category are the defaults (when `use` is empty). */
  readonly defaultCategory: string;
}

export const LINT_CATEGORIES: CategorySpec = {
  categories: {
    v1beta1: [
      "MINIMAL",
      "BASIC",
      "DEFAULT",
      "STANDARD",
      "FILE_LAYOUT",
      "PACKAGE_AFFINITY",
      "SENSIBLE",
      "STYLE_BASIC",
      "STYLE_DEFAULT",
      "STYLE_STANDARD",
      "COMMENTS",
      "UNARY_RPC",
      "OTHER",
    ],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "COMMENTS", "UNARY_RPC"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "COMMENTS", "UNARY_RPC"],
  },
  deprecated: { DEFAULT: "STANDARD", STYLE_DEFAULT: "STYLE_STANDARD" },
  defaultCategory: "STANDARD",
};

export const BREAKING_CATEGORIES: CategorySpec = {
  categories: {
    v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  },
  deprecated: {},
  defaultCategory: "FILE",
};

/** The rules of one module and where they are silenced, ready for the engine. */
export interface ResolvedRules<R extends RuleInfo> {
  readonly rules: readonly R[];
  /** Module-relative paths with no findings (`.` = the whole module). */
  readonly ignore: readonly string[];
  /** Rule ID → module-relative paths. */
  readonly ignoreOnly: Readonly<Record<string, readonly string[]>>;
  /** Warnings for the user (deprecated IDs, nothing enabled), one line each. */
  readonly warnings: readonly string[];
}

/**
 * Expands a block's `use`/`except` against `all` (every rule protoguard has) for `version`, and
 * makes its ignore paths module-relative.
 */
export function resolveRules<R extends RuleInfo>(
  block: CheckBlock,
  module: Pick<ModuleCheckConfig, "version" | "dir" | "pathsRelativeTo" | "protoguardDefaults">,
  own: boolean,
  all: readonly R[],
  spec: CategorySpec,
  kind: "lint" | "breaking",
): ResolvedRules<R> {
  const version = module.version;
  const rules = all.filter((r) => r.categories[version] !== undefined);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const categories = new Set(spec.categories[version]);
  // protoguard's own categories (VERSIONING, GO, …) exist in every version that has such a rule.
  for (const r of rules) if (r.protoguard) for (const c of r.categories[version]!) categories.add(c);
  const warnings: string[] = [];
  const warned = new Set<string>();
  const source = block.file;

  /** The rules an ID names: itself, or every rule of the category. */
  const expand = (id: Located): R[] => {
    const rule = byId.get(id.value);
    if (rule) {
      if (rule.deprecated && !warned.has(id.value)) {
        warned.add(id.value);
        const instead = rule.replacements?.length ? `use ${rule.replacements.join(", ")} instead` : "it checks nothing now; remove it";
        warnings.push(`${where(id)}: rule ${id.value} is deprecated: ${instead}`);
      }
      return [rule];
    }
    if (categories.has(id.value)) {
      const replacement = spec.deprecated[id.value];
      if (replacement !== undefined && !warned.has(id.value)) {
        warned.add(id.value);
        warnings.push(`${where(id)}: category ${id.value} is deprecated: write ${replacement} instead (same rules)`);
      }
      const cat = replacement ?? id.value;
      return rules.filter((r) => r.categories[version]!.some((c) => c === cat || spec.deprecated[c] === cat));
    }
    throw new ConfigError(id.file, id.line, id.column, unknownId(id.value, version, all, categories, spec, kind));
  };

  const chosen = new Set<R>();
  if (block.use.length === 0) {
    for (const r of rules)
      if (r.categories[version]!.includes(spec.defaultCategory) || (r.onByDefault && module.protoguardDefaults)) chosen.add(r);
  } else for (const id of block.use) for (const r of expand(id)) chosen.add(r);
  for (const id of block.except) for (const r of expand(id)) chosen.delete(r);
  const result = [...chosen].filter((r) => !r.deprecated);
  if (result.length === 0)
    warnings.push(`${source}: no ${kind} rule is enabled: "use" and "except" leave nothing to check (buf stops with an internal error here)`);

  const ignore: string[] = [];
  for (const p of block.ignore) {
    const rel = moduleRelative(p, module, own, `${kind}.ignore`);
    if (rel !== undefined) ignore.push(rel);
  }
  refuseNested(block.ignore, `${kind}.ignore`);
  const ignoreOnly: Record<string, string[]> = {};
  for (const { id, paths } of block.ignoreOnly) {
    const ids = expand(id).map((r) => r.id);
    const rels = paths.flatMap((p) => moduleRelative(p, module, own, `${kind}.ignore_only`) ?? []);
    refuseNested(paths, `${kind}.ignore_only.${id.value}`);
    for (const rid of ids) (ignoreOnly[rid] ??= []).push(...rels);
  }
  return { rules: result, ignore, ignoreOnly, warnings };
}

/** Lint: rules, paths, options and whether comment ignores apply, for one module. */
export interface ResolvedLint extends ResolvedRules<LintRule> {
  readonly version: ConfigVersion;
  readonly options: LintOptions;
  readonly commentIgnores: boolean;
}

export function resolveLint(module: ModuleCheckConfig, all: readonly LintRule[]): ResolvedLint {
  const b = module.lint;
  const base = resolveRules(b, module, module.ownLint, all, LINT_CATEGORIES, "lint");
  return {
    ...base,
    version: module.version,
    options: {
      enumZeroValueSuffix: b.enumZeroValueSuffix || DEFAULT_LINT_OPTIONS.enumZeroValueSuffix,
      serviceSuffix: b.serviceSuffix || DEFAULT_LINT_OPTIONS.serviceSuffix,
      rpcAllowSameRequestResponse: b.rpcAllowSameRequestResponse,
      rpcAllowGoogleProtobufEmptyRequests: b.rpcAllowGoogleProtobufEmptyRequests,
      rpcAllowGoogleProtobufEmptyResponses: b.rpcAllowGoogleProtobufEmptyResponses,
      extra: b.extra,
    },
    // v2: on unless disallowed; v1/v1beta1: off unless allowed.
    commentIgnores: module.version === "v2" ? !b.disallowCommentIgnores : b.allowCommentIgnores,
  };
}

// ---- helpers ----------------------------------------------------------------------------------

function where(l: Located): string {
  return l.line > 0 ? `${l.file}:${l.line}:${l.column}` : l.file;
}

function unknownId(id: string, version: ConfigVersion, all: readonly RuleInfo[], categories: Set<string>, spec: CategorySpec, kind: string): string {
  const other = all.find((r) => r.id === id);
  if (other) {
    const versions = (Object.keys(other.categories) as ConfigVersion[]).join(", ");
    return `${kind} rule ${id} does not exist in config version ${version} (only in ${versions})`;
  }
  const inOther = (Object.keys(spec.categories) as ConfigVersion[]).filter((v) => spec.categories[v].includes(id));
  if (inOther.length > 0) return `${kind} category ${id} does not exist in config version ${version} (only in ${inOther.join(", ")})`;
  const upper = id.toUpperCase();
  const near = [...categories, ...all.map((r) => r.id)].find((c) => c === upper);
  return `"${id}" is not a known ${kind} rule or category ID${near ? `: did you mean ${near}? (IDs are upper case)` : `; run "protoguard rules" for the list`}`;
}

/**
 * buf refuses a path list (one `ignore` list, or the list of one `ignore_only` key) in which a path
 * lies inside another ("a" and "a/b.proto"), wherever they point (probed, buf 1.75). Equal paths are
 * accepted, `.` beside another path too, and lists of different keys are not compared.
 */
function refuseNested(paths: readonly Located[], key: string): void {
  const norm = paths.map((p) => normalized(p.value));
  for (let i = 0; i < paths.length; i++) {
    const outer = norm.findIndex((o) => o !== norm[i] && norm[i]!.startsWith(`${o}/`));
    if (outer < 0) continue;
    const p = paths[i]!;
    throw new ConfigError(p.file, p.line, p.column, `${key}: "${p.value}" lies inside "${paths[outer]!.value}", listed too; keep only "${paths[outer]!.value}"`);
  }
}

/** A path as written, normalized: no `./`, `..` resolved, no trailing `/`; `.` for the root. */
function normalized(raw: string): string {
  return path.posix.normalize(raw).replace(/\/+$/, "") || ".";
}

/**
 * A config path made module-relative: `.` for the module itself, undefined when it lies outside
 * the module and the block is shared (buf skips it).
 */
function moduleRelative(p: Located, module: Pick<ModuleCheckConfig, "dir" | "pathsRelativeTo">, own: boolean, key: string): string | undefined {
  const raw = p.value;
  if (raw === "" || raw.startsWith("/") || raw.includes("\\")) throw new ConfigError(p.file, p.line, p.column, `${key}: "${raw}" must be a relative path with / separators`);
  const norm = normalized(raw);
  if (norm === ".." || norm.startsWith("../")) throw new ConfigError(p.file, p.line, p.column, `${key}: "${raw}" points outside the workspace`);
  if (module.pathsRelativeTo === "module" || module.dir === ".") return norm;
  if (norm === module.dir) return ".";
  if (norm.startsWith(module.dir + "/")) return norm.slice(module.dir.length + 1);
  if (own)
    throw new ConfigError(
      p.file,
      p.line,
      p.column,
      `${key}: "${raw}" is not inside module directory "${module.dir}": in a v2 config, paths start at the workspace, so write "${module.dir}/${norm}"`,
    );
  return undefined;
}
