/**
 * `protoguard lint` end to end, against `buf lint` on the same probe modules: every buf output
 * format byte for byte with the messages masked (the wording is ours; gitlab-code-quality's
 * fingerprints, which hash the message, too), exit codes, configuration errors, warnings and SARIF.
 *
 * buf's outputs are cached under .cache/lint-cli/ keyed by the fixture's bytes and the arguments,
 * so a rerun does not start buf again.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, REPO, buf, protoguard, removeTmpDirs, tmpDir, type RunResult } from "./helpers.js";
import { lintCommand } from "../../src/cli/lint.js";
import type { Finding } from "../../src/engine/rule.js";
import { formatGitlab } from "../../src/report/gitlab.js";
import { LINT_RULES } from "../../rules/lint/index.js";

/** buf's rules only: protoguard's own rules (VERSIONING, GO) have no counterpart in buf's output. */
const BUF_RULES = LINT_RULES.filter((r) => !r.protoguard);

/** `protoguard lint ARGS` in `cwd` with buf's rule set, for byte-for-byte comparisons with buf. */
async function lintWithBufRules(args: string[], cwd: string): Promise<RunResult> {
  const out: Buffer[] = [];
  let err = "";
  const code = await lintCommand(args, { cwd, stdout: (c) => void out.push(Buffer.from(c)), stderr: (t) => void (err += t) }, BUF_RULES);
  return { code, stdout: Buffer.concat(out), stderr: err };
}

afterAll(removeTmpDirs);
const LINT = join(FIXTURES, "cli/lint");
const FORMATS = ["text", "json", "msvs", "junit", "github-actions", "gitlab-code-quality", "config-ignore-yaml"] as const;
type Format = (typeof FORMATS)[number];

interface Case {
  readonly name: string;
  /** Directory (under the lint fixtures) to run in. */
  readonly cwd: string;
  readonly args: readonly string[];
}

const CASES: Case[] = [
  { name: "v2 modules, per-module block, ignores, options, comment ignores", cwd: "v2-modules", args: [] },
  { name: "v2 workspace given as DIR from its parent", cwd: ".", args: ["v2-modules"] },
  { name: "a module directory inside a v2 workspace", cwd: "v2-modules/proto", args: [] },
  { name: "--path", cwd: "v2-modules", args: ["--path", "proto/acme/v1/old.proto"] },
  {
    name: "--config inline JSON",
    cwd: "v2-modules",
    args: ["--config", `{"version":"v2","modules":[{"path":"proto"},{"path":"vendor"}],"lint":{"use":["FIELD_LOWER_SNAKE_CASE","MESSAGE_PASCAL_CASE"]}}`],
  },
  { name: "--config inline YAML, v1 (module = workspace)", cwd: "v2-modules", args: ["--config", "version: v1\nlint:\n  use: [MESSAGE_PASCAL_CASE, PACKAGE_DIRECTORY_MATCH]\n  ignore: [vendor]"] },
  { name: "buf.work.yaml with v1 and default modules", cwd: "v1-work", args: [] },
  { name: "a buf.work.yaml directory as DIR", cwd: "v1-work", args: ["a"] },
  { name: "v1beta1 roots and categories", cwd: "v1beta1-roots", args: [] },
  {
    name: "v1beta1: ignore paths are root-relative",
    cwd: "v1beta1-roots",
    args: ["--config", "version: v1beta1\nbuild:\n  roots: [src, gen]\nlint:\n  use: [STYLE_STANDARD]\n  ignore: [q]"],
  },
  { name: "--config replaces buf.work.yaml too", cwd: "v1-work", args: ["--config", '{"version":"v1","lint":{"use":["MESSAGE_PASCAL_CASE","PACKAGE_DIRECTORY_MATCH"]}}'] },
  { name: "no config: v1 defaults", cwd: "noconfig", args: [] },
  { name: "compile errors", cwd: "compile-error", args: [] },
];

/** Runs buf (or takes its cached output). */
function bufLint(c: Case, format: Format): { code: number; stdout: string } {
  const dir = join(LINT, c.cwd);
  const h = createHash("sha256");
  h.update(JSON.stringify([c.cwd, c.args, format]));
  for (const f of filesUnder(join(LINT, c.cwd.split("/")[0] === "." ? "" : c.cwd.split("/")[0]!))) h.update(f).update(readFileSync(f));
  const cacheDir = join(REPO, ".cache/lint-cli");
  const file = join(cacheDir, h.digest("hex").slice(0, 24) + ".json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as { code: number; stdout: string };
  const r = buf(["lint", ...c.args, "--error-format", format], dir);
  const out = { code: r.code, stdout: r.stdout.toString() };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** Replaces every message with `<msg>`, keeping everything else byte for byte. */
function mask(format: Format, out: string): string {
  switch (format) {
    case "text":
      return out.replace(/^([^\n]*?:\d+:\d+:)[^\n]*$/gm, "$1<msg>");
    case "json":
      return out
        .split("\n")
        .map((l) => (l === "" ? l : JSON.stringify({ ...(JSON.parse(l) as object), message: "<msg>" })))
        .join("\n");
    case "msvs":
      return out.replace(/^([^\n]*\(\d+,\d+\) : \w+ [A-Z_0-9]+ : )[^\n]*$/gm, "$1<msg>");
    case "junit":
      return out.replace(/(<failure message="[^"]*?:\d+:\d+:)[^"]*"/g, '$1<msg>"');
    case "github-actions":
      return out.replace(/^(::\w+ [^\n]*?::)[^\n]*$/gm, "$1<msg>");
    case "gitlab-code-quality":
      return out.replace(/"description":"(?:[^"\\]|\\.)*"/g, '"description":"<msg>"').replace(/"fingerprint":"[0-9a-f]{128}"/g, '"fingerprint":"<fp>"');
    case "config-ignore-yaml":
      // rule IDs and paths only; compile errors come as text lines, as in buf
      return mask("text", out);
  }
}

describe("lint: same findings and output shapes as buf lint", () => {
  for (const c of CASES) {
    it.each(FORMATS)(`${c.name}: --error-format %s`, async (format) => {
      const ref = bufLint(c, format);
      const ours = await lintWithBufRules([...c.args, "--error-format", format], join(LINT, c.cwd));
      expect(ours.code).toBe(ref.code === 100 ? 1 : ref.code);
      expect(ref.stdout).not.toBe("");
      expect(mask(format, ours.stdout.toString())).toBe(mask(format, ref.stdout));
    });
  }

  it.each(CASES)("$name: gitlab-code-quality with buf's messages is buf's output, fingerprints included", (c) => {
    // buf's json output carries the same findings with buf's own messages: from them, our reporter
    // must write buf's report byte for byte, so the fingerprints (which hash the message) are buf's.
    const findings = bufLint(c, "json")
      .stdout.split("\n")
      .filter((l) => l !== "")
      .map((l): Finding => {
        const j = JSON.parse(l) as { path?: string; start_line: number; start_column: number; end_line: number; end_column: number; type: string; message: string };
        return {
          ruleId: j.type,
          severity: "error",
          message: j.message,
          file: j.path,
          displayPath: j.path,
          startLine: j.start_line,
          startColumn: j.start_column,
          endLine: j.end_line,
          endColumn: j.end_column,
          elementPath: undefined,
        };
      });
    expect(formatGitlab(findings)).toBe(bufLint(c, "gitlab-code-quality").stdout);
  });

  let copy: string | undefined;
  /** A scratch copy of the noconfig fixture (to add a config to it). */
  function d0(): string {
    if (!copy) {
      copy = tmpDir();
      cpSync(join(LINT, "noconfig"), copy, { recursive: true });
    }
    return copy;
  }

  it("without any config, protoguard's own rules join buf's defaults; a buf.yaml keeps buf's set", async () => {
    const none = (await protoguard(["lint", "--error-format", "json"], join(LINT, "noconfig"))).stdout.toString();
    const types = new Set(none.trim().split("\n").map((l) => (JSON.parse(l) as { type: string }).type));
    expect(types).toContain("GO_PACKAGE_DEFINED");
    expect(types).toContain("SYNTAX_SPECIFIED");
    // pkg/a.proto:1:1 `package pkg;` lacks a version: buf's PACKAGE_VERSION_SUFFIX reports it, and
    // protoguard's VERSION_PACKAGE_SUFFIX (which overlaps it) yields there instead of saying it twice.
    expect(types).toContain("PACKAGE_VERSION_SUFFIX");
    expect(types).not.toContain("VERSION_PACKAGE_SUFFIX");
    writeFileSync(join(d0(), "buf.yaml"), "version: v2\nlint:\n  use: [VERSIONING]\n");
    const alone = (await protoguard(["lint", "--error-format", "json"], d0())).stdout.toString();
    expect(alone).toContain('"path":"pkg/a.proto","start_line":1,"start_column":1,"end_line":1,"end_column":13,"type":"VERSION_PACKAGE_SUFFIX"');
    const d = tmpDir();
    writeFileSync(join(d, "buf.yaml"), "version: v2\n");
    writeFileSync(join(d, "a.proto"), 'syntax = "proto3";\npackage a;\n');
    const withBuf = (await protoguard(["lint", "--error-format", "json"], d)).stdout.toString();
    expect(withBuf).not.toContain("GO_PACKAGE_DEFINED");
    expect(withBuf).toContain("PACKAGE_VERSION_SUFFIX");
    writeFileSync(join(d, "buf.yaml"), "version: v2\nlint:\n  use: [STANDARD, GO]\n");
    expect((await protoguard(["lint", "--error-format", "json"], d)).stdout.toString()).toContain("GO_PACKAGE_DEFINED");
  });

  it("masks only messages: the unmasked text lines carry our wording at buf's positions", async () => {
    const r = await protoguard(["lint"], join(LINT, "v2-modules"));
    const text = r.stdout.toString();
    expect(text).toContain(`proto/acme/v1/a.proto:16:10:field "userName" should be lower_snake_case: user_name\n`);
    // comment-ignored (v2: on by default): itemID, get_thing; ignored paths: skip/ (top-level
    // block), vendor/legacy (vendor's own block, which replaces the top-level one: so the
    // top-level ignore of vendor/thing does not apply, as in buf)
    expect(text).not.toContain("itemID");
    const json = (await protoguard(["lint", "--error-format", "json"], join(LINT, "v2-modules"))).stdout.toString();
    const types = json.trim().split("\n").map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types).not.toContain("RPC_PASCAL_CASE"); // get_thing: comment-ignored
    expect(types).toContain("RPC_REQUEST_RESPONSE_UNIQUE");
    expect(text).not.toMatch(/skip\/|vendor\/legacy/);
    expect(text).toContain("vendor/thing/v1/t.proto:3:19:");
  });
});

describe("lint: exit codes and errors", () => {
  it("exits 0 and prints nothing on a clean module", async () => {
    const d = tmpDir();
    mkdirSync(join(d, "acme/v1"), { recursive: true });
    writeFileSync(join(d, "buf.yaml"), "version: v2\n");
    writeFileSync(join(d, "acme/v1/a.proto"), 'syntax = "proto3";\npackage acme.v1;\nmessage A {}\n');
    for (const format of [...FORMATS, "sarif"]) {
      const r = await protoguard(["lint", "--error-format", format], d);
      expect(r.code, format).toBe(0);
      expect(r.stderr).toBe("");
      if (format !== "sarif") expect(r.stdout.toString(), format).toBe("");
    }
  });

  it.each([
    ["an unknown key", "version: v2\nlint:\n  use: [STANDARD]\n  allow_comment_ignores: true\n", "buf.yaml:4:3: unknown key \"lint.allow_comment_ignores\""],
    ["a misspelled key", "version: v1\nlint:\n  excpet: [IMPORT_USED]\n", 'buf.yaml:3:3: unknown key "lint.excpet": did you mean "lint.except"?'],
    ["an unknown rule ID", "version: v2\nlint:\n  use:\n    - STANDARD\n    - NOT_A_RULE\n", 'buf.yaml:5:7: "NOT_A_RULE" is not a known lint rule or category ID'],
    ["a v1beta1 category in v2", "version: v2\nlint:\n  except: [STYLE_BASIC]\n", "buf.yaml:3:12: lint category STYLE_BASIC does not exist in config version v2 (only in v1beta1)"],
    ["a v2-only rule in v1", "version: v1\nlint:\n  use: [FIELD_NOT_REQUIRED]\n", "buf.yaml:3:9: lint rule FIELD_NOT_REQUIRED does not exist in config version v1 (only in v2)"],
    ["an unknown ignore_only ID", "version: v2\nlint:\n  ignore_only:\n    NOPE: [a]\n", 'buf.yaml:4:5: "NOPE" is not a known lint rule or category ID'],
    [
      "a module-level ignore outside its module",
      "version: v2\nmodules:\n  - path: proto\n    lint:\n      ignore: [acme]\n",
      'buf.yaml:5:16: lint.ignore: "acme" is not inside module directory "proto"',
    ],
    ["a string where a list belongs", "version: v2\nlint:\n  use: STANDARD\n", 'buf.yaml:3:8: "lint.use" must be a list of strings'],
  ])("exits 2 on %s, naming file:line:column", async (_what, yaml, message) => {
    const d = tmpDir();
    mkdirSync(join(d, "proto/acme/v1"), { recursive: true });
    writeFileSync(join(d, "buf.yaml"), yaml);
    writeFileSync(join(d, "proto/acme/v1/a.proto"), 'syntax = "proto3";\npackage acme.v1;\n');
    const r = await protoguard(["lint"], d);
    expect(r.stdout.toString()).toBe("");
    expect(r.stderr).toContain(`protoguard: ${message}`);
    expect(r.code).toBe(2);
  });

  it("names --config when inline config is wrong", async () => {
    const r = await protoguard(["lint", "--config", '{"version":"v2","lint":{"uses":["X"]}}'], join(LINT, "noconfig"));
    expect(r.stderr).toContain(`protoguard: --config:1:25: unknown key "lint.uses": did you mean "lint.use"?`);
    expect(r.code).toBe(2);
  });

  it("exits 2 on a bad flag or format, and on a missing --config file", async () => {
    expect((await protoguard(["lint", "--error-format", "gcc"], join(LINT, "noconfig"))).code).toBe(2);
    expect((await protoguard(["lint", "--frobnicate"], join(LINT, "noconfig"))).code).toBe(2);
    const missing = await protoguard(["lint", "--config", "nope.yaml"], join(LINT, "noconfig"));
    expect(missing.stderr).toContain("protoguard: nope.yaml: cannot read the --config file: ENOENT");
    expect(missing.code).toBe(2);
  });

  it("warns on deprecated categories and still runs them (DEFAULT → STANDARD)", async () => {
    const r = await protoguard(["lint"], join(LINT, "v1-work"));
    expect(r.stderr).toBe("protoguard: warning: a/buf.yaml:3:9: category DEFAULT is deprecated: write STANDARD instead (same rules)\n");
    expect(r.code).toBe(1);
  });

  it("warns instead of failing when use/except leave no rule (buf: internal error)", async () => {
    const r = await protoguard(["lint", "--config", "version: v2\nlint:\n  use: [IMPORT_USED]\n  except: [BASIC]"], join(LINT, "noconfig"));
    expect(r.stderr).toBe('protoguard: warning: --config: no lint rule is enabled: "use" and "except" leave nothing to check (buf stops with an internal error here)\n');
    expect(r.stdout.toString()).toBe("");
    expect(r.code).toBe(0);
  });

  it("reads protoguard.yaml instead of buf.yaml, with its protoguard keys", async () => {
    const d = tmpDir();
    mkdirSync(join(d, "acme/v1"), { recursive: true });
    writeFileSync(join(d, "buf.yaml"), "version: v2\nlint:\n  use: [FIELD_LOWER_SNAKE_CASE]\n");
    writeFileSync(join(d, "protoguard.yaml"), "version: v2\nprotoguard:\n  go_package_prefix: github.com/acme/api\nlint:\n  use: [MESSAGE_PASCAL_CASE]\n  protoguard:\n    exempt_packages: [other.*]\n");
    writeFileSync(join(d, "acme/v1/a.proto"), 'syntax = "proto3";\npackage acme.v1;\nmessage a_b { int32 X = 1; }\n');
    const r = await protoguard(["lint"], d);
    expect(r.stdout.toString()).toBe('acme/v1/a.proto:3:9:message "a_b" should be PascalCase: AB\n');
    expect(r.code).toBe(1);
  });

  it("rejects an unknown key in a protoguard map, naming its line", async () => {
    const d = tmpDir();
    writeFileSync(join(d, "protoguard.yaml"), "version: v2\nprotoguard:\n  go_pakage_prefix: x\n");
    writeFileSync(join(d, "a.proto"), 'syntax = "proto3";\n');
    const r = await protoguard(["lint"], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`protoguard.yaml:3:3: unknown key "protoguard.go_pakage_prefix": did you mean "protoguard.go_package_prefix"?`);
  });

  it("prints SARIF 2.1.0 with rule metadata and regions", async () => {
    const r = await protoguard(["lint", "--error-format", "sarif"], join(LINT, "noconfig"));
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout.toString()) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleId: string; ruleIndex: number; locations?: { physicalLocation: { artifactLocation: { uri: string }; region?: object } }[] }[] }[];
    };
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("protoguard");
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
    const field = run.results.find((x) => x.ruleId === "FIELD_LOWER_SNAKE_CASE")!;
    expect(field.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: "pkg/a.proto" }, region: { startLine: 3, startColumn: 30, endLine: 3, endColumn: 31 } });
    // SYNTAX_SPECIFIED has no location in the file: no region
    const syntax = run.results.find((x) => x.ruleId === "SYNTAX_SPECIFIED")!;
    expect(syntax.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: "pkg/a.proto" } });
  });

  it("paths in output are relative to the current directory", async () => {
    const r = await protoguard(["lint", relative(REPO, join(LINT, "noconfig"))], REPO);
    expect(r.stdout.toString().split("\n")[0]).toMatch(/^test\/fixtures\/cli\/lint\/noconfig\/pkg\/a\.proto:1:1:/);
  });
});
