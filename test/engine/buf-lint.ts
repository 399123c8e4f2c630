/**
 * Differential lint probes: the same small module linted by `buf lint` (the reference, buf 1.75)
 * and by our engine, each finding reduced to `path:line:column:RULE_ID` (buf clamps positions to
 * ≥ 1, so do we here). buf's output is cached under .cache/lint-probes/ by a hash of the files and
 * the buf.yaml, so repeated runs do not pay buf again.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { compile } from "../../src/compiler/compile.js";
import { memoryResolver, modelFromCompile } from "../../src/engine/examples.js";
import { DEFAULT_LINT_OPTIONS, type ConfigVersion, type LintRule } from "../../src/engine/rule.js";
import { runLint } from "../../src/engine/run.js";
import { cacheDir, projectRoot } from "../util/files.js";

const bufBin = join(projectRoot, "node_modules", ".bin", "buf");

/** The `lint` block of a buf.yaml (buf's own keys) and its version. */
export interface ProbeConfig {
  readonly version: ConfigVersion;
  readonly use: readonly string[];
  readonly ignore?: readonly string[];
  readonly ignore_only?: Readonly<Record<string, readonly string[]>>;
  readonly allow_comment_ignores?: boolean;
  readonly disallow_comment_ignores?: boolean;
}

function bufYaml(config: ProbeConfig): string {
  const { version, ...lint } = config;
  return stringify({ version, lint });
}

function runBuf(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bufBin, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** `path:line:col:RULE_ID` lines of buf's findings, in buf's order. */
export async function bufLintKeys(files: Readonly<Record<string, string>>, config: ProbeConfig): Promise<string[]> {
  const yaml = bufYaml(config);
  const hash = createHash("sha256").update("buf-1.75.0 lint\0").update(yaml);
  for (const p of Object.keys(files).sort()) hash.update(`\0${p}\0${files[p]}`);
  const key = hash.digest("hex").slice(0, 32);
  const dir = join(cacheDir, "lint-probes");
  const out = join(dir, `${key}.json`);
  if (!existsSync(out)) {
    const work = join(tmpdir(), `protoguard-lint-probe-${key}-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(work, p)), { recursive: true });
      writeFileSync(join(work, p), text);
    }
    writeFileSync(join(work, "buf.yaml"), yaml);
    const { code, stdout, stderr } = await runBuf(["lint", "--error-format", "json"], work);
    rmSync(work, { recursive: true, force: true });
    if (code !== 0 && code !== 100) throw new Error(`buf lint failed (exit ${code}):\n${stderr}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(out, stdout);
  }
  return readFileSync(out, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const f = JSON.parse(l) as { path?: string; start_line: number; start_column: number; type: string };
      return `${f.path ?? "<input>"}:${f.start_line}:${f.start_column}:${f.type}`;
    });
}

/** `path:line:col:RULE_ID` lines of our findings for the same module and config. */
export async function ourLintKeys(files: Readonly<Record<string, string>>, config: ProbeConfig, rules: readonly LintRule[]): Promise<string[]> {
  const result = await compile({ files: Object.keys(files), resolver: memoryResolver(files) });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`probe does not compile: ${errors.map((e) => e.message).join("; ")}`);
  const model = modelFromCompile(result);
  const use = new Set(config.use);
  const findings = runLint(model, {
    rules: rules.filter((r) => use.has(r.id)),
    options: DEFAULT_LINT_OPTIONS,
    version: config.version,
    commentIgnores: config.version === "v2" ? !config.disallow_comment_ignores : config.allow_comment_ignores === true,
    ...(config.ignore ? { ignore: config.ignore } : {}),
    ...(config.ignore_only ? { ignoreOnly: config.ignore_only } : {}),
  });
  return findings.map((f) => `${f.displayPath ?? f.file ?? "<input>"}:${Math.max(f.startLine, 1)}:${Math.max(f.startColumn, 1)}:${f.ruleId}`);
}
