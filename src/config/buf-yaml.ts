/**
 * The check configuration of a workspace: the `lint` and `breaking` blocks of its buf.yaml
 * (v1beta1, v1, v2), of the buf.yaml of each buf.work.yaml directory, of protoguard.yaml, or of a
 * `--config` path or inline YAML/JSON, with every other key checked so a typo is never silently
 * ignored.
 *
 * This module only reads and shape-checks what is written, keeping each rule ID and path with its
 * position so later stages can name `file:line:column`; expanding categories, validating IDs and
 * turning paths module-relative is rulesets.ts's job. The module layout (roots, excludes) comes
 * from modules.ts, which reads the same files.
 *
 * Behaviour follows buf 1.75 (probed): unknown keys are errors at every level; without a config
 * file the defaults are buf's v1 defaults (no FIELD_NOT_REQUIRED, comment ignores off); in v2 a
 * module's own non-empty `lint`/`breaking` block replaces the top-level one wholesale, an empty one
 * (`lint: {}`) inherits it.
 *
 * protoguard.yaml, in the workspace directory, is read instead of buf.yaml when present: it takes
 * everything a `version: v2` buf.yaml takes, plus `protoguard:` maps (top level and inside `lint`)
 * reserved for protoguard's own options, passed to rules as `LintOptions.extra`.
 */
import { CONVENTION_OPTION_KEYS, validateConventionOptions } from "../engine/goPackage.js";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { isMap, isSeq, isScalar, type Node as YamlNode } from "yaml";
import type { ConfigVersion } from "../engine/rule.js";
import { loadModuleLayout, within, type ConfigOverride, type ModuleLayout } from "./modules.js";
import { ConfigError, fail, isNull, nodeAt, parseYaml, readIfExists as readYamlIfExists, stringValue as str, type Loc, type YamlFile } from "./yaml.js";

export { ConfigError, type ConfigOverride } from "./modules.js";

/** The name of protoguard's own config file (a buf.yaml v2 superset). */
export const PROTOGUARD_YAML = "protoguard.yaml";

/** A value as written in a config file, with where it was written (1-based; 0 when unknown). */
export interface Located<T = string> {
  readonly value: T;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** What `lint` and `breaking` blocks share. */
export interface CheckBlock {
  /** The config file the block was read from (for messages). */
  readonly file: string;
  readonly use: readonly Located[];
  readonly except: readonly Located[];
  /** Paths as written (v2: workspace-relative; v1/v1beta1: module-relative). */
  readonly ignore: readonly Located[];
  readonly ignoreOnly: readonly { readonly id: Located; readonly paths: readonly Located[] }[];
  readonly disableBuiltin: boolean;
}

export interface LintBlock extends CheckBlock {
  /** Empty when not set (the rules' default applies). */
  readonly enumZeroValueSuffix: string;
  readonly serviceSuffix: string;
  readonly rpcAllowSameRequestResponse: boolean;
  readonly rpcAllowGoogleProtobufEmptyRequests: boolean;
  readonly rpcAllowGoogleProtobufEmptyResponses: boolean;
  /** v1/v1beta1 `allow_comment_ignores`. */
  readonly allowCommentIgnores: boolean;
  /** v2 `disallow_comment_ignores`. */
  readonly disallowCommentIgnores: boolean;
  /** protoguard.yaml only: `protoguard:` at the top level merged with `lint.protoguard:`. */
  readonly extra: Readonly<Record<string, unknown>>;
}

export interface BreakingBlock extends CheckBlock {
  readonly ignoreUnstablePackages: boolean;
}

/** The checks' configuration of one module. */
export interface ModuleCheckConfig {
  readonly version: ConfigVersion;
  /** The module directory relative to the workspace (`.`, `proto`). */
  readonly dir: string;
  /** Indexes into the layout's roots of the roots that make up this module (several in v1beta1). */
  readonly roots: readonly number[];
  readonly lint: LintBlock;
  readonly breaking: BreakingBlock;
  /**
   * Where `ignore`/`ignore_only` paths are relative to: `workspace` (v2, they include the module
   * path) or `module` (v1, v1beta1, no config).
   */
  readonly pathsRelativeTo: "workspace" | "module";
  /**
   * protoguard's own rules marked `onByDefault` join the defaults when `use` is empty: true for
   * protoguard.yaml and when there is no configuration at all. A buf.yaml / buf.work.yaml keeps
   * buf's exact rule set (drop-in parity); such a config opts in by naming VERSIONING, GO or IDs.
   */
  readonly protoguardDefaults?: boolean;
  /** The blocks are the module's own (v2 per-module): a path outside the module is then an error. */
  readonly ownLint: boolean;
  readonly ownBreaking: boolean;
}

export interface WorkspaceConfig {
  /** The file the configuration came from (`buf.yaml`, `buf.work.yaml`, protoguard.yaml, `--config`). */
  readonly file: string | undefined;
  readonly layout: ModuleLayout;
  readonly modules: readonly ModuleCheckConfig[];
  /** protoguard.yaml's top-level `protoguard:` map. */
  readonly protoguard: Readonly<Record<string, unknown>>;
}

/**
 * Turns the `--config` argument into config text, as buf does: an existing file (or a name ending
 * in .yaml, .yml or .json) is read; anything else is inline YAML or JSON.
 */
export function readConfigArgument(arg: string, cwd: string): ConfigOverride {
  const abs = path.resolve(cwd, arg);
  if (!existsSync(abs) && !/\.(ya?ml|json)$/i.test(arg)) return { file: "--config", text: arg };
  try {
    return { file: arg, text: readFileSync(abs, "utf8") };
  } catch (e) {
    throw new ConfigError(arg, 0, 0, `cannot read the --config file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** protoguard.yaml of the workspace directory, when there is one. */
export function findProtoguardYaml(dirAbs: string, displayDir: string): ConfigOverride | undefined {
  const abs = path.join(dirAbs, PROTOGUARD_YAML);
  if (!existsSync(abs)) return undefined;
  try {
    return { file: path.join(displayDir, PROTOGUARD_YAML), text: readFileSync(abs, "utf8") };
  } catch (e) {
    throw new ConfigError(path.join(displayDir, PROTOGUARD_YAML), 0, 0, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/**
 * Reads the workspace in `dirAbs` (shown as `displayDir`): its layout and each module's check
 * configuration. `override` (from `--config`) replaces the workspace's buf.yaml; without it, a
 * protoguard.yaml in the directory does.
 */
export function loadWorkspaceConfig(dirAbs: string, displayDir: string, override?: ConfigOverride): WorkspaceConfig {
  const given = override ?? findProtoguardYaml(dirAbs, displayDir);
  const layout = loadModuleLayout(dirAbs, displayDir, given);
  if (given) {
    const doc = parse(given.file, given.text);
    const pg = given.file.endsWith(PROTOGUARD_YAML) && !override;
    if (pg && doc.version !== "v2") fail(doc, nodeAt(doc.doc.contents, "version"), `${PROTOGUARD_YAML} must be "version: v2"`);
    return fromBufYaml(doc, layout, pg);
  }
  const bufYaml = readIfExists(dirAbs, displayDir, "buf.yaml");
  const workYaml = readIfExists(dirAbs, displayDir, "buf.work.yaml");
  if (bufYaml && bufYaml.version === "v2") return fromBufYaml(bufYaml, layout, false);
  if (workYaml) {
    checkKeys(workYaml, workYaml.doc.contents ?? undefined, WORK_KEYS, "");
    const dirs = seq(workYaml, nodeAt(workYaml.doc.contents, "directories"), "directories").map((n) =>
      path.posix.normalize(str(workYaml, n, "directories")).replace(/\/+$/, ""),
    );
    const modules: ModuleCheckConfig[] = [];
    for (const d of dirs) {
      const roots = layout.roots.flatMap((r, i) => (within(r.dir, d) !== undefined ? [i] : []));
      const cfg = readIfExists(path.join(dirAbs, d), path.join(displayDir, d), "buf.yaml");
      modules.push(cfg ? v1Module(cfg, d, roots) : defaultModule(d, roots));
    }
    return { file: workYaml.file, layout, modules, protoguard: {} };
  }
  const all = layout.roots.map((_, i) => i);
  if (bufYaml) return { file: bufYaml.file, layout, modules: [v1Module(bufYaml, ".", all)], protoguard: {} };
  // No configuration at all: nothing restricts the rule set, so protoguard's own rules join buf's defaults.
  return { file: undefined, layout, modules: [{ ...defaultModule(".", all), protoguardDefaults: true }], protoguard: {} };
}

// ---- the formats ------------------------------------------------------------------------------

const V1_TOP_KEYS = ["version", "name", "deps", "build", "lint", "breaking"];
const V2_TOP_KEYS = ["version", "name", "modules", "deps", "lint", "breaking", "plugins", "policies"];
const V2_MODULE_KEYS = ["path", "name", "includes", "excludes", "lint", "breaking"];
const WORK_KEYS = ["version", "directories"];
const CHECK_KEYS = ["use", "except", "ignore", "ignore_only", "disable_builtin"];
const LINT_OPTION_KEYS = [
  "enum_zero_value_suffix",
  "rpc_allow_same_request_response",
  "rpc_allow_google_protobuf_empty_requests",
  "rpc_allow_google_protobuf_empty_responses",
  "service_suffix",
];
const V1_LINT_KEYS = [...CHECK_KEYS, ...LINT_OPTION_KEYS, "allow_comment_ignores"];
const V2_LINT_KEYS = [...CHECK_KEYS, ...LINT_OPTION_KEYS, "disallow_comment_ignores"];
const BREAKING_KEYS = [...CHECK_KEYS, "ignore_unstable_packages"];

function v1Module(cfg: ConfigDoc, dir: string, roots: readonly number[]): ModuleCheckConfig {
  if (cfg.version === "v2") fail(cfg, nodeAt(cfg.doc.contents, "version"), `a buf.yaml listed in buf.work.yaml must be version v1 or v1beta1`);
  const top = cfg.doc.contents;
  checkKeys(cfg, top ?? undefined, V1_TOP_KEYS, "");
  const build = nodeAt(top, "build");
  checkKeys(cfg, build, cfg.version === "v1beta1" ? ["roots", "excludes"] : ["excludes"], "build.");
  strings(cfg, nodeAt(top, "deps"), "deps");
  return {
    version: cfg.version,
    dir,
    roots,
    lint: lintBlock(cfg, nodeAt(top, "lint"), V1_LINT_KEYS, {}),
    breaking: breakingBlock(cfg, nodeAt(top, "breaking")),
    pathsRelativeTo: "module",
    ownLint: true,
    ownBreaking: true,
  };
}

function fromBufYaml(cfg: ConfigDoc, layout: ModuleLayout, protoguardYaml: boolean): WorkspaceConfig {
  if (cfg.version !== "v2") {
    const all = layout.roots.map((_, i) => i);
    return { file: cfg.file, layout, modules: [v1Module(cfg, ".", all)], protoguard: {} };
  }
  const top = cfg.doc.contents;
  checkKeys(cfg, top ?? undefined, protoguardYaml ? [...V2_TOP_KEYS, "protoguard"] : V2_TOP_KEYS, "");
  strings(cfg, nodeAt(top, "deps"), "deps");
  checkPlugins(cfg, nodeAt(top, "plugins"));
  checkPolicies(cfg, nodeAt(top, "policies"));
  const protoguard = protoguardYaml ? protoguardMapping(cfg, nodeAt(top, "protoguard"), "protoguard") : {};
  const lintKeys = protoguardYaml ? [...V2_LINT_KEYS, "protoguard"] : V2_LINT_KEYS;
  const topLint = lintBlock(cfg, nodeAt(top, "lint"), lintKeys, protoguard);
  const topBreaking = breakingBlock(cfg, nodeAt(top, "breaking"));
  const moduleNodes = nodeAt(top, "modules");
  const items = moduleNodes === undefined || isNull(moduleNodes) ? [undefined] : seq(cfg, moduleNodes, "modules");
  const modules = items.map((item, i): ModuleCheckConfig => {
    checkKeys(cfg, item, V2_MODULE_KEYS, "modules[].");
    const ownLint = item === undefined ? undefined : lintBlock(cfg, nodeAt(item, "lint"), lintKeys, protoguard);
    const ownBreaking = item === undefined ? undefined : breakingBlock(cfg, nodeAt(item, "breaking"));
    const lintOwn = ownLint !== undefined && !isEmptyLint(ownLint);
    const breakingOwn = ownBreaking !== undefined && !isEmptyBreaking(ownBreaking);
    return {
      version: "v2",
      dir: layout.roots[i]?.dir ?? ".",
      roots: [i],
      lint: lintOwn ? ownLint : topLint,
      breaking: breakingOwn ? ownBreaking : topBreaking,
      pathsRelativeTo: "workspace",
      protoguardDefaults: protoguardYaml,
      ownLint: lintOwn,
      ownBreaking: breakingOwn,
    };
  });
  return { file: cfg.file, layout, modules, protoguard };
}

function defaultModule(dir: string, roots: readonly number[]): ModuleCheckConfig {
  return {
    version: "v1",
    dir,
    roots,
    lint: { ...emptyCheck("(defaults)"), ...DEFAULT_LINT_VALUES, extra: {} },
    breaking: { ...emptyCheck("(defaults)"), ignoreUnstablePackages: false },
    pathsRelativeTo: "module",
    ownLint: true,
    ownBreaking: true,
  };
}

const DEFAULT_LINT_VALUES = {
  enumZeroValueSuffix: "",
  serviceSuffix: "",
  rpcAllowSameRequestResponse: false,
  rpcAllowGoogleProtobufEmptyRequests: false,
  rpcAllowGoogleProtobufEmptyResponses: false,
  allowCommentIgnores: false,
  disallowCommentIgnores: false,
};

function emptyCheck(file: string): CheckBlock {
  return { file, use: [], except: [], ignore: [], ignoreOnly: [], disableBuiltin: false };
}

function checkBlock(cfg: ConfigDoc, node: YamlNode | undefined, what: string): CheckBlock {
  const ignoreOnly: { id: Located; paths: Located[] }[] = [];
  const io = nodeAt(node, "ignore_only");
  if (io !== undefined && !isNull(io)) {
    if (!isMap(io)) fail(cfg, io, `"${what}.ignore_only" must be a mapping from rule or category IDs to lists of paths`);
    for (const pair of io.items) {
      const k = pair.key as YamlNode;
      ignoreOnly.push({ id: located(cfg, k, str(cfg, k, `${what}.ignore_only`)), paths: strings(cfg, (pair.value ?? undefined) as YamlNode | undefined, `${what}.ignore_only.${String((k as { value?: unknown }).value)}`) });
    }
  }
  return {
    file: cfg.file,
    use: strings(cfg, nodeAt(node, "use"), `${what}.use`),
    except: strings(cfg, nodeAt(node, "except"), `${what}.except`),
    ignore: strings(cfg, nodeAt(node, "ignore"), `${what}.ignore`),
    ignoreOnly,
    disableBuiltin: bool(cfg, nodeAt(node, "disable_builtin"), `${what}.disable_builtin`),
  };
}

function lintBlock(cfg: ConfigDoc, node: YamlNode | undefined, keys: readonly string[], topExtra: Readonly<Record<string, unknown>>): LintBlock {
  checkKeys(cfg, node, keys, "lint.");
  const own = protoguardMapping(cfg, nodeAt(node, "protoguard"), "lint.protoguard");
  return {
    ...checkBlock(cfg, node, "lint"),
    enumZeroValueSuffix: optStr(cfg, nodeAt(node, "enum_zero_value_suffix"), "lint.enum_zero_value_suffix"),
    serviceSuffix: optStr(cfg, nodeAt(node, "service_suffix"), "lint.service_suffix"),
    rpcAllowSameRequestResponse: bool(cfg, nodeAt(node, "rpc_allow_same_request_response"), "lint.rpc_allow_same_request_response"),
    rpcAllowGoogleProtobufEmptyRequests: bool(cfg, nodeAt(node, "rpc_allow_google_protobuf_empty_requests"), "lint.rpc_allow_google_protobuf_empty_requests"),
    rpcAllowGoogleProtobufEmptyResponses: bool(cfg, nodeAt(node, "rpc_allow_google_protobuf_empty_responses"), "lint.rpc_allow_google_protobuf_empty_responses"),
    allowCommentIgnores: bool(cfg, nodeAt(node, "allow_comment_ignores"), "lint.allow_comment_ignores"),
    disallowCommentIgnores: bool(cfg, nodeAt(node, "disallow_comment_ignores"), "lint.disallow_comment_ignores"),
    extra: { ...topExtra, ...own },
  };
}

function breakingBlock(cfg: ConfigDoc, node: YamlNode | undefined): BreakingBlock {
  checkKeys(cfg, node, BREAKING_KEYS, "breaking.");
  return { ...checkBlock(cfg, node, "breaking"), ignoreUnstablePackages: bool(cfg, nodeAt(node, "ignore_unstable_packages"), "breaking.ignore_unstable_packages") };
}

function isEmptyCheck(b: CheckBlock): boolean {
  return b.use.length === 0 && b.except.length === 0 && b.ignore.length === 0 && b.ignoreOnly.length === 0 && !b.disableBuiltin;
}

/** buf's `isEmpty`: an all-default module block inherits the top-level one. */
function isEmptyLint(b: LintBlock): boolean {
  return (
    isEmptyCheck(b) &&
    b.enumZeroValueSuffix === "" &&
    b.serviceSuffix === "" &&
    !b.rpcAllowSameRequestResponse &&
    !b.rpcAllowGoogleProtobufEmptyRequests &&
    !b.rpcAllowGoogleProtobufEmptyResponses &&
    !b.disallowCommentIgnores
  );
}

function isEmptyBreaking(b: BreakingBlock): boolean {
  return isEmptyCheck(b) && !b.ignoreUnstablePackages;
}

function checkPlugins(cfg: ConfigDoc, node: YamlNode | undefined): void {
  for (const item of seq(cfg, node, "plugins")) {
    if (!isMap(item)) fail(cfg, item, `a plugin must be a mapping with "plugin" and optional "options"`);
    checkKeys(cfg, item, ["plugin", "options"], "plugins[].");
    mapping(cfg, nodeAt(item, "options"), "plugins[].options");
  }
}

function checkPolicies(cfg: ConfigDoc, node: YamlNode | undefined): void {
  for (const item of seq(cfg, node, "policies")) {
    if (!isMap(item)) fail(cfg, item, `a policy must be a mapping with "policy", "ignore" and "ignore_only"`);
    checkKeys(cfg, item, ["policy", "ignore", "ignore_only"], "policies[].");
  }
}

// ---- reading ----------------------------------------------------------------------------------

interface ConfigDoc extends YamlFile {
  readonly version: ConfigVersion;
}

function readIfExists(dirAbs: string, displayDir: string, name: string): ConfigDoc | undefined {
  const read = readYamlIfExists(dirAbs, displayDir, name);
  return read && parse(read.file, read.text);
}

/** Parses YAML (or JSON, which the YAML parser reads too); modules.ts already checked `version`. */
function parse(file: string, text: string): ConfigDoc {
  const cfg = parseYaml(file, text);
  const v = nodeAt(cfg.doc.contents, "version");
  const version = v === undefined ? undefined : str(cfg, v, "version");
  if (version !== "v1beta1" && version !== "v1" && version !== "v2") {
    fail(cfg, v, version === undefined ? `"version" is not set: add "version: v2"` : `unknown version "${version}": expected v1beta1, v1 or v2`);
  }
  return { ...cfg, version };
}

// ---- helpers ----------------------------------------------------------------------------------

function located(cfg: Loc, node: YamlNode, value: string): Located {
  const offset = node.range?.[0];
  if (offset === undefined) return { value, file: cfg.file, line: 0, column: 0 };
  const pos = cfg.lines.linePos(offset);
  return { value, file: cfg.file, line: pos.line, column: pos.col };
}

/** Unknown keys are errors, as in buf; the message lists what the block accepts. */
function checkKeys(cfg: Loc, node: YamlNode | undefined, known: readonly string[], prefix: string): void {
  if (node === undefined || isNull(node)) return;
  const what = prefix === "" ? "the top level" : `"${prefix.slice(0, -1)}"`;
  if (!isMap(node)) fail(cfg, node, `${what} must be a mapping`);
  for (const pair of node.items) {
    const k = pair.key as YamlNode;
    const name = isScalar(k) ? String(k.value) : "?";
    if (!known.includes(name)) {
      const hint = closest(name, known);
      fail(cfg, k, `unknown key "${prefix}${name}"${hint ? `: did you mean "${prefix}${hint}"?` : ""} (${what} accepts ${known.join(", ")})`);
    }
  }
}

function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function optStr(cfg: Loc, node: YamlNode | undefined, what: string): string {
  return node === undefined || isNull(node) ? "" : str(cfg, node, what);
}

function bool(cfg: Loc, node: YamlNode | undefined, what: string): boolean {
  if (node === undefined || isNull(node)) return false;
  if (!isScalar(node) || typeof node.value !== "boolean") fail(cfg, node, `"${what}" must be true or false`);
  return node.value;
}

function seq(cfg: Loc, node: YamlNode | undefined, what: string): YamlNode[] {
  if (node === undefined || isNull(node)) return [];
  if (!isSeq(node)) fail(cfg, node, `"${what}" must be a list`);
  return node.items as YamlNode[];
}

function strings(cfg: Loc, node: YamlNode | undefined, what: string): Located[] {
  if (node !== undefined && !isNull(node) && !isSeq(node)) fail(cfg, node, `"${what}" must be a list of strings`);
  return seq(cfg, node, what).map((n) => located(cfg, n, str(cfg, n, what)));
}

/**
 * A `protoguard:` map of protoguard.yaml: protoguard's own rule options. Unknown keys and bad
 * values are configuration errors at their line, like every other key.
 */
function protoguardMapping(cfg: Loc, node: YamlNode | undefined, what: string): Record<string, unknown> {
  checkKeys(cfg, node, CONVENTION_OPTION_KEYS, `${what}.`);
  const value = mapping(cfg, node, what);
  const problems = validateConventionOptions(value);
  if (problems.length > 0) fail(cfg, node, `"${what}": ${problems.join("; ")}`);
  return value;
}

function mapping(cfg: Loc, node: YamlNode | undefined, what: string): Record<string, unknown> {
  if (node === undefined || isNull(node)) return {};
  if (!isMap(node)) fail(cfg, node, `"${what}" must be a mapping`);
  return node.toJSON() as Record<string, unknown>;
}
