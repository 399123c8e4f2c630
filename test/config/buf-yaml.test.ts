/**
 * Reading the check configuration: which block each module gets (v2 top-level and per-module,
 * buf.work.yaml directories, v1, v1beta1, none), protoguard.yaml and --config, and strictness:
 * every unknown key or wrong type is a ConfigError at its file:line:column.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadWorkspaceConfig, readConfigArgument, type WorkspaceConfig } from "../../src/config/buf-yaml.js";
import { ConfigError } from "../../src/config/modules.js";
import { removeTmpDirs, tmpDir } from "../cli/helpers.js";

afterAll(removeTmpDirs);

function workspace(files: Record<string, string>): string {
  const d = tmpDir();
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, p)), { recursive: true });
    writeFileSync(join(d, p), text);
  }
  return d;
}

const load = (files: Record<string, string>, override?: string): WorkspaceConfig => {
  const d = workspace(files);
  return loadWorkspaceConfig(d, "ws", override === undefined ? undefined : readConfigArgument(override, d));
};

function error(files: Record<string, string>, override?: string): string {
  try {
    load(files, override);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return "no error";
}

const values = (l: readonly { value: string }[]) => l.map((x) => x.value);

describe("which block a module gets", () => {
  it("v2: a module's non-empty block replaces the top-level one; an empty one inherits it", () => {
    const cfg = load({
      "buf.yaml": `version: v2
modules:
  - path: proto
  - path: vendor
    lint:
      use: [MINIMAL]
    breaking:
      use: [WIRE]
  - path: third
    lint: {}
lint:
  use: [STANDARD]
  ignore: [proto/legacy]
breaking:
  ignore_unstable_packages: true
`,
    });
    expect(cfg.file).toBe("ws/buf.yaml");
    expect(cfg.modules.map((m) => [m.dir, m.version, m.roots, values(m.lint.use), m.ownLint, m.pathsRelativeTo])).toEqual([
      ["proto", "v2", [0], ["STANDARD"], false, "workspace"],
      ["vendor", "v2", [1], ["MINIMAL"], true, "workspace"],
      ["third", "v2", [2], ["STANDARD"], false, "workspace"],
    ]);
    expect(cfg.modules.map((m) => m.breaking.ignoreUnstablePackages)).toEqual([true, false, true]);
    expect(cfg.modules[0]!.lint.ignore).toEqual([{ value: "proto/legacy", file: "ws/buf.yaml", line: 13, column: 12 }]);
  });

  it("v2 without modules: one module at the workspace root", () => {
    const cfg = load({ "buf.yaml": "version: v2\nlint:\n  except: [PACKAGE_VERSION_SUFFIX]\n  disallow_comment_ignores: true\n" });
    expect(cfg.modules).toHaveLength(1);
    expect(cfg.modules[0]).toMatchObject({ dir: ".", roots: [0], version: "v2" });
    expect(cfg.modules[0]!.lint.disallowCommentIgnores).toBe(true);
  });

  it("buf.work.yaml: each directory's own buf.yaml (v1/v1beta1), or buf's v1 defaults", () => {
    const cfg = load({
      "buf.work.yaml": "version: v1\ndirectories: [a, b/c]\n",
      "a/buf.yaml": "version: v1\nlint:\n  use: [BASIC]\n  allow_comment_ignores: true\n  service_suffix: API\n",
    });
    expect(cfg.file).toBe("ws/buf.work.yaml");
    expect(cfg.modules.map((m) => [m.dir, m.version, m.roots, values(m.lint.use), m.pathsRelativeTo])).toEqual([
      ["a", "v1", [0], ["BASIC"], "module"],
      ["b/c", "v1", [1], [], "module"],
    ]);
    expect(cfg.modules[0]!.lint).toMatchObject({ allowCommentIgnores: true, serviceSuffix: "API", file: "ws/a/buf.yaml" });
  });

  it("v1beta1: all roots are one module", () => {
    const cfg = load({ "buf.yaml": "version: v1beta1\nbuild:\n  roots: [src, gen]\nlint:\n  use: [STYLE_DEFAULT]\n" });
    expect(cfg.modules.map((m) => [m.dir, m.version, m.roots])).toEqual([[".", "v1beta1", [0, 1]]]);
  });

  it("no config file: one module with buf's v1 defaults", () => {
    const cfg = load({ "a.proto": "" });
    expect(cfg.file).toBeUndefined();
    expect(cfg.modules).toEqual([expect.objectContaining({ dir: ".", version: "v1", roots: [0] })]);
    expect(cfg.modules[0]!.lint.use).toEqual([]);
  });
});

describe("protoguard.yaml and --config", () => {
  it("protoguard.yaml is read instead of buf.yaml, and its protoguard maps reach the rules as extra options", () => {
    const cfg = load({
      "buf.yaml": "version: v2\nlint:\n  use: [BASIC]\n",
      "protoguard.yaml": "version: v2\nprotoguard:\n  go_package_prefix: github.com/a/b\n  go_package_alias: last\nlint:\n  use: [MINIMAL]\n  protoguard:\n    go_package_alias: all\n",
    });
    expect(cfg.file).toBe("ws/protoguard.yaml");
    expect(values(cfg.modules[0]!.lint.use)).toEqual(["MINIMAL"]);
    expect(cfg.protoguard).toEqual({ go_package_prefix: "github.com/a/b", go_package_alias: "last" });
    expect(cfg.modules[0]!.lint.extra).toEqual({ go_package_prefix: "github.com/a/b", go_package_alias: "all" });
  });

  it("protoguard.yaml must be v2; buf.yaml may not hold protoguard keys (buf would refuse them)", () => {
    expect(error({ "protoguard.yaml": "version: v1\n" })).toBe('ws/protoguard.yaml:1:10: protoguard.yaml must be "version: v2"');
    expect(error({ "buf.yaml": "version: v2\nprotoguard: {}\n" })).toMatch(/^ws\/buf\.yaml:2:1: unknown key "protoguard"/);
  });

  it("--config: inline JSON or YAML replaces buf.yaml, layout included", () => {
    const files = { "buf.yaml": "version: v2\nmodules:\n  - path: proto\n" };
    const json = load(files, '{"version":"v2","lint":{"use":["MINIMAL"]}}');
    expect(json.file).toBe("--config");
    expect(json.modules.map((m) => [m.dir, values(m.lint.use)])).toEqual([[".", ["MINIMAL"]]]);
    const yaml = load(files, "version: v1\nlint:\n  use: [BASIC]");
    expect(yaml.modules.map((m) => [m.dir, m.version, values(m.lint.use)])).toEqual([[".", "v1", ["BASIC"]]]);
  });

  it("--config: a path names a file, read relative to the current directory", () => {
    const d = workspace({ "conf/lint.yaml": "version: v2\nlint:\n  use: [BASIC]\n" });
    expect(readConfigArgument("conf/lint.yaml", d)).toEqual({ file: "conf/lint.yaml", text: "version: v2\nlint:\n  use: [BASIC]\n" });
    expect(() => readConfigArgument("conf/missing.yaml", d)).toThrow("conf/missing.yaml: cannot read the --config file: ENOENT");
    expect(readConfigArgument("version: v2", d)).toEqual({ file: "--config", text: "version: v2" });
  });
});

describe("strictness", () => {
  it.each([
    ["top level", "version: v2\nlints:\n  use: [BASIC]\n", 'ws/buf.yaml:2:1: unknown key "lints": did you mean "lint"?'],
    ["v2 lint", "version: v2\nlint:\n  allow_comment_ignores: true\n", 'ws/buf.yaml:3:3: unknown key "lint.allow_comment_ignores"'],
    ["v1 lint", "version: v1\nlint:\n  disallow_comment_ignores: true\n", 'ws/buf.yaml:3:3: unknown key "lint.disallow_comment_ignores"'],
    ["v1 top level", "version: v1\nmodules: []\n", 'ws/buf.yaml:2:1: unknown key "modules"'],
    ["v1 build", "version: v1\nbuild:\n  exclude: [x]\n", 'ws/buf.yaml:3:3: unknown key "build.exclude": did you mean "build.excludes"?'],
    ["v2 module", "version: v2\nmodules:\n  - path: .\n    lint:\n      use: [BASIC]\n    exclude: [x]\n", 'ws/buf.yaml:6:5: unknown key "modules[].exclude": did you mean "modules[].excludes"?'],
    ["breaking", "version: v2\nbreaking:\n  ignore_unstable: true\n", 'ws/buf.yaml:3:3: unknown key "breaking.ignore_unstable"'],
    ["plugin", "version: v2\nplugins:\n  - plugin: x\n    option: {}\n", 'ws/buf.yaml:4:5: unknown key "plugins[].option": did you mean "plugins[].options"?'],
    ["a boolean", "version: v2\nlint:\n  rpc_allow_same_request_response: yes\n", 'ws/buf.yaml:3:36: "lint.rpc_allow_same_request_response" must be true or false'],
    ["a list", "version: v2\nlint:\n  except: IMPORT_USED\n", 'ws/buf.yaml:3:11: "lint.except" must be a list of strings'],
    ["ignore_only", "version: v2\nlint:\n  ignore_only: [a]\n", 'ws/buf.yaml:3:16: "lint.ignore_only" must be a mapping from rule or category IDs to lists of paths'],
    ["ignore_only paths", "version: v2\nlint:\n  ignore_only:\n    BASIC: a\n", 'ws/buf.yaml:4:12: "lint.ignore_only.BASIC" must be a list of strings'],
    ["a buf.work.yaml key", "version: v1\ndirectories: [a]\nroots: [b]\n", 'ws/buf.work.yaml:3:1: unknown key "roots"'],
  ])("an unknown key or wrong type in %s", (_where, yaml, message) => {
    const name = yaml.includes("directories") ? "buf.work.yaml" : "buf.yaml";
    expect(error({ [name]: yaml })).toMatch(new RegExp("^" + message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  });

  it("accepts every key buf accepts", () => {
    const cfg = load({
      "buf.yaml": `version: v2
name: buf.build/acme/x
deps: [buf.build/googleapis/googleapis]
modules:
  - path: proto
    name: buf.build/acme/proto
    includes: [proto/a]
    excludes: [proto/a/b]
    lint: {use: [BASIC]}
    breaking: {use: [FILE]}
lint:
  use: [STANDARD]
  except: [COMMENTS]
  ignore: [proto/x]
  ignore_only: {BASIC: [proto/y]}
  enum_zero_value_suffix: _NONE
  rpc_allow_same_request_response: true
  rpc_allow_google_protobuf_empty_requests: true
  rpc_allow_google_protobuf_empty_responses: true
  service_suffix: API
  disallow_comment_ignores: false
  disable_builtin: false
breaking:
  use: [FILE]
  except: [FILE_NO_DELETE]
  ignore: [proto/z]
  ignore_only: {FILE: [proto/w]}
  ignore_unstable_packages: true
  disable_builtin: false
plugins:
  - plugin: buf-plugin-x
    options: {a: 1}
policies:
  - policy: buf.build/acme/policy
    ignore: [proto/q]
    ignore_only: {X: [proto/r]}
`,
    });
    expect(cfg.modules).toHaveLength(1);
  });
});
