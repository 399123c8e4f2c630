/**
 * Expanding `use`/`except` and ignore paths: every category of every config version expands to
 * the rules buf lists for it (`buf config ls-lint-rules`, cached under .cache/lint-cli/), the
 * defaults are buf's, deprecated IDs warn, and ignore paths become module-relative.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckBlock, Located, ModuleCheckConfig } from "../../src/config/buf-yaml.js";
import { ConfigError } from "../../src/config/modules.js";
import { LINT_CATEGORIES, resolveLint, resolveRules } from "../../src/config/rulesets.js";
import type { ConfigVersion } from "../../src/engine/rule.js";
import { LINT_RULES } from "../../rules/lint/index.js";
import { REPO, buf } from "../cli/helpers.js";

interface BufRule {
  id: string;
  categories: string[] | null;
  default: boolean;
  deprecated: boolean;
}

function bufRules(version: ConfigVersion): BufRule[] {
  const dir = join(REPO, ".cache/lint-cli");
  const file = join(dir, `ls-lint-rules-${version}.json`);
  if (!existsSync(file)) {
    const r = buf(["config", "ls-lint-rules", "--version", version, "--include-deprecated", "--format", "json"]);
    expect(r.code).toBe(0);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, r.stdout);
  }
  return readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as BufRule);
}

const at = (value: string, line = 3): Located => ({ value, file: "buf.yaml", line, column: 9 });

function block(over: Partial<CheckBlock>): CheckBlock {
  return { file: "buf.yaml", use: [], except: [], ignore: [], ignoreOnly: [], disableBuiltin: false, ...over };
}

function module(version: ConfigVersion, over: Partial<ModuleCheckConfig> = {}): ModuleCheckConfig {
  const lint = {
    ...block({}),
    enumZeroValueSuffix: "",
    serviceSuffix: "",
    rpcAllowSameRequestResponse: false,
    rpcAllowGoogleProtobufEmptyRequests: false,
    rpcAllowGoogleProtobufEmptyResponses: false,
    allowCommentIgnores: false,
    disallowCommentIgnores: false,
    extra: {},
  };
  return {
    version,
    dir: ".",
    roots: [0],
    lint,
    breaking: { ...block({}), ignoreUnstablePackages: false },
    pathsRelativeTo: version === "v2" ? "workspace" : "module",
    ownLint: false,
    ownBreaking: false,
    ...over,
  };
}

const expand = (version: ConfigVersion, use: string[], except: string[] = []) =>
  resolveRules(block({ use: use.map((u) => at(u)), except: except.map((u) => at(u)) }), module(version), false, LINT_RULES, LINT_CATEGORIES, "lint");

const ours = new Set(LINT_RULES.map((r) => r.id));
const ids = (rules: readonly { id: string }[]) => rules.map((r) => r.id).sort();

describe("categories expand to buf's rule sets", () => {
  for (const version of ["v1beta1", "v1", "v2"] as const) {
    it(`${version}: every category, and the defaults`, () => {
      const listed = bufRules(version);
      const missing = listed.filter((r) => !ours.has(r.id)).map((r) => r.id);
      // Only PROTOVALIDATE may still be missing from the registry; everything else must exist.
      expect(missing.filter((m) => m !== "PROTOVALIDATE")).toEqual([]);
      for (const cat of LINT_CATEGORIES.categories[version]) {
        const want = listed.filter((r) => (r.categories ?? []).includes(cat) && ours.has(r.id) && !r.deprecated).map((r) => r.id).sort();
        expect(ids(expand(version, [cat]).rules), `${version} ${cat}`).toEqual(want);
      }
      const defaults = listed.filter((r) => r.default && ours.has(r.id)).map((r) => r.id).sort();
      expect(ids(expand(version, []).rules)).toEqual(defaults);
      // A rule of this version is known; one of another version is not.
      for (const r of listed) if (ours.has(r.id)) expect(() => expand(version, [r.id])).not.toThrow();
    });
  }

  it("applies except after use, with categories on both sides", () => {
    const r = expand("v2", ["BASIC", "COMMENT_FIELD"], ["MINIMAL", "FIELD_LOWER_SNAKE_CASE"]);
    expect(r.rules.map((x) => x.id)).toContain("COMMENT_FIELD");
    expect(r.rules.map((x) => x.id)).not.toContain("FIELD_LOWER_SNAKE_CASE");
    expect(r.rules.map((x) => x.id)).not.toContain("PACKAGE_DEFINED");
    expect(r.rules.map((x) => x.id)).toContain("ENUM_PASCAL_CASE");
  });

  it("runs a deprecated rule as nothing and warns once; DEFAULT warns and means STANDARD", () => {
    const r = expand("v2", ["IMPORT_NO_WEAK", "DEFAULT", "DEFAULT"]);
    expect(ids(r.rules)).toEqual(ids(expand("v2", ["STANDARD"]).rules));
    expect(r.warnings).toEqual([
      "buf.yaml:3:9: rule IMPORT_NO_WEAK is deprecated: it checks nothing now; remove it",
      "buf.yaml:3:9: category DEFAULT is deprecated: write STANDARD instead (same rules)",
    ]);
  });

  it("names the line of an unknown ID, and says why when it is only another version's", () => {
    const err = (version: ConfigVersion, id: string) => {
      try {
        expand(version, ["MINIMAL"], [id]);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).message;
      }
      return "no error";
    };
    expect(err("v2", "NOPE")).toBe('buf.yaml:3:9: "NOPE" is not a known lint rule or category ID; run "protoguard rules" for the list');
    expect(err("v2", "field_lower_snake_case")).toBe('buf.yaml:3:9: "field_lower_snake_case" is not a known lint rule or category ID: did you mean FIELD_LOWER_SNAKE_CASE? (IDs are upper case)');
    expect(err("v1", "FIELD_NOT_REQUIRED")).toBe("buf.yaml:3:9: lint rule FIELD_NOT_REQUIRED does not exist in config version v1 (only in v2)");
    expect(err("v2", "FIELD_NO_DESCRIPTOR")).toBe("buf.yaml:3:9: lint rule FIELD_NO_DESCRIPTOR does not exist in config version v2 (only in v1beta1)");
    expect(err("v1", "SENSIBLE")).toBe("buf.yaml:3:9: lint category SENSIBLE does not exist in config version v1 (only in v1beta1)");
  });

  it("warns when nothing is left to run", () => {
    expect(expand("v2", ["MINIMAL"], ["MINIMAL"]).warnings).toEqual([
      'buf.yaml: no lint rule is enabled: "use" and "except" leave nothing to check (buf stops with an internal error here)',
    ]);
  });
});

describe("ignore paths", () => {
  const resolve = (m: ModuleCheckConfig, own: boolean, ignore: string[], ignoreOnly: Record<string, string[]> = {}) =>
    resolveRules(
      block({ ignore: ignore.map((p) => at(p)), ignoreOnly: Object.entries(ignoreOnly).map(([id, ps]) => ({ id: at(id), paths: ps.map((p) => at(p, 7)) })) }),
      m,
      own,
      LINT_RULES,
      LINT_CATEGORIES,
      "lint",
    );

  it("v2: workspace-relative paths become module-relative; the module dir itself is `.`; others skipped", () => {
    const m = module("v2", { dir: "proto" });
    const r = resolve(m, false, ["proto/acme/v1", "./proto/acme/x.proto", "other/dir", "protocol"], { ENUM_PASCAL_CASE: ["proto/a", "vendor/b"] });
    expect(r.ignore).toEqual(["acme/v1", "acme/x.proto"]);
    expect(r.ignoreOnly).toEqual({ ENUM_PASCAL_CASE: ["a"] });
    expect(resolve(m, false, ["proto"]).ignore).toEqual(["."]);
  });

  it("one list may not hold a path inside another (buf 1.75 refuses the config); equal paths and `.` pass", () => {
    expect(() => resolve(module("v2"), true, ["a", "a/b/m.proto"])).toThrow('buf.yaml:3:9: lint.ignore: "a/b/m.proto" lies inside "a", listed too; keep only "a"');
    expect(() => resolve(module("v1"), true, ["a/b/", "./a"])).toThrow('buf.yaml:3:9: lint.ignore: "a/b/" lies inside "./a", listed too; keep only "./a"');
    expect(() => resolve(module("v2", { dir: "proto" }), false, [], { ENUM_PASCAL_CASE: ["other/x", "other"] })).toThrow(
      'buf.yaml:7:9: lint.ignore_only.ENUM_PASCAL_CASE: "other/x" lies inside "other", listed too; keep only "other"',
    );
    expect(resolve(module("v2"), true, ["a", "./a/", ".", "ab"]).ignore).toEqual(["a", "a", ".", "ab"]);
    expect(resolve(module("v2"), true, ["a/b"], { ENUM_PASCAL_CASE: ["a"], BASIC: ["a/b"] }).ignore).toEqual(["a/b"]);
  });

  it("v2: a module's own block may not name paths outside the module", () => {
    expect(() => resolve(module("v2", { dir: "proto" }), true, ["acme"])).toThrow(
      'buf.yaml:3:9: lint.ignore: "acme" is not inside module directory "proto": in a v2 config, paths start at the workspace, so write "proto/acme"',
    );
  });

  it("v1: paths are module-relative already", () => {
    expect(resolve(module("v1", { dir: "a" }), true, ["x/v1/skip.proto", "y/"]).ignore).toEqual(["x/v1/skip.proto", "y"]);
  });

  it("ignore_only keys may be categories: they expand to their rules", () => {
    const r = resolve(module("v1"), true, [], { UNARY_RPC: ["legacy"] });
    expect(r.ignoreOnly).toEqual({ RPC_NO_CLIENT_STREAMING: ["legacy"], RPC_NO_SERVER_STREAMING: ["legacy"] });
  });

  it("refuses absolute paths and paths leaving the workspace", () => {
    expect(() => resolve(module("v1"), true, ["/etc"])).toThrow('buf.yaml:3:9: lint.ignore: "/etc" must be a relative path with / separators');
    expect(() => resolve(module("v1"), true, ["a/../../x"])).toThrow('buf.yaml:3:9: lint.ignore: "a/../../x" points outside the workspace');
  });
});

describe("lint options and comment ignores", () => {
  it("v2 honours ignore comments unless disallowed; v1 only when allowed; empty suffixes mean the defaults", () => {
    const v2 = module("v2");
    expect(resolveLint(v2, LINT_RULES).commentIgnores).toBe(true);
    expect(resolveLint({ ...v2, lint: { ...v2.lint, disallowCommentIgnores: true } }, LINT_RULES).commentIgnores).toBe(false);
    const v1 = module("v1");
    expect(resolveLint(v1, LINT_RULES).commentIgnores).toBe(false);
    expect(resolveLint({ ...v1, lint: { ...v1.lint, allowCommentIgnores: true } }, LINT_RULES).commentIgnores).toBe(true);
    expect(resolveLint(v1, LINT_RULES).options).toMatchObject({ enumZeroValueSuffix: "_UNSPECIFIED", serviceSuffix: "Service" });
    const custom = resolveLint({ ...v2, lint: { ...v2.lint, serviceSuffix: "API", rpcAllowSameRequestResponse: true, extra: { a: 1 } } }, LINT_RULES);
    expect(custom.options).toMatchObject({ serviceSuffix: "API", rpcAllowSameRequestResponse: true, extra: { a: 1 } });
  });
});
