/**
 * The element-level lint rules (naming, enums, fields, comments, RPCs), imported directly, and the
 * two sides of their parity tests: an example (proto text with caret markers, optionally a config)
 * linted by buf 1.75 and by our engine, each finding reduced to `path:line:col-endLine:endCol RULE`.
 * buf's JSON output is cached under .cache/lint-elements/ by a hash of the files and buf.yaml.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import COMMENT_ENUM from "../../../rules/lint/COMMENT_ENUM.js";
import COMMENT_ENUM_VALUE from "../../../rules/lint/COMMENT_ENUM_VALUE.js";
import COMMENT_FIELD from "../../../rules/lint/COMMENT_FIELD.js";
import COMMENT_MESSAGE from "../../../rules/lint/COMMENT_MESSAGE.js";
import COMMENT_ONEOF from "../../../rules/lint/COMMENT_ONEOF.js";
import COMMENT_RPC from "../../../rules/lint/COMMENT_RPC.js";
import COMMENT_SERVICE from "../../../rules/lint/COMMENT_SERVICE.js";
import ENUM_FIRST_VALUE_ZERO from "../../../rules/lint/ENUM_FIRST_VALUE_ZERO.js";
import ENUM_NO_ALLOW_ALIAS from "../../../rules/lint/ENUM_NO_ALLOW_ALIAS.js";
import ENUM_PASCAL_CASE from "../../../rules/lint/ENUM_PASCAL_CASE.js";
import ENUM_VALUE_PREFIX from "../../../rules/lint/ENUM_VALUE_PREFIX.js";
import ENUM_VALUE_UPPER_SNAKE_CASE from "../../../rules/lint/ENUM_VALUE_UPPER_SNAKE_CASE.js";
import ENUM_ZERO_VALUE_SUFFIX from "../../../rules/lint/ENUM_ZERO_VALUE_SUFFIX.js";
import FIELD_LOWER_SNAKE_CASE from "../../../rules/lint/FIELD_LOWER_SNAKE_CASE.js";
import FIELD_NO_DESCRIPTOR from "../../../rules/lint/FIELD_NO_DESCRIPTOR.js";
import FIELD_NOT_REQUIRED from "../../../rules/lint/FIELD_NOT_REQUIRED.js";
import MESSAGE_PASCAL_CASE from "../../../rules/lint/MESSAGE_PASCAL_CASE.js";
import ONEOF_LOWER_SNAKE_CASE from "../../../rules/lint/ONEOF_LOWER_SNAKE_CASE.js";
import PROTOVALIDATE from "../../../rules/lint/PROTOVALIDATE.js";
import RPC_NO_CLIENT_STREAMING from "../../../rules/lint/RPC_NO_CLIENT_STREAMING.js";
import RPC_NO_SERVER_STREAMING from "../../../rules/lint/RPC_NO_SERVER_STREAMING.js";
import RPC_PASCAL_CASE from "../../../rules/lint/RPC_PASCAL_CASE.js";
import RPC_REQUEST_RESPONSE_UNIQUE from "../../../rules/lint/RPC_REQUEST_RESPONSE_UNIQUE.js";
import RPC_REQUEST_STANDARD_NAME from "../../../rules/lint/RPC_REQUEST_STANDARD_NAME.js";
import RPC_RESPONSE_STANDARD_NAME from "../../../rules/lint/RPC_RESPONSE_STANDARD_NAME.js";
import SERVICE_PASCAL_CASE from "../../../rules/lint/SERVICE_PASCAL_CASE.js";
import SERVICE_SUFFIX from "../../../rules/lint/SERVICE_SUFFIX.js";
import { compileExample, exampleFiles, exampleRunOptions, expectedFromMarkers } from "../../../src/engine/examples.js";
import type { ConfigVersion, Example, Finding, LintRule } from "../../../src/engine/rule.js";
import { runLint } from "../../../src/engine/run.js";
import { bufBin } from "../../util/buf.js";
import { cacheDir } from "../../util/files.js";

export const elementRules: readonly LintRule[] = [
  COMMENT_ENUM,
  COMMENT_ENUM_VALUE,
  COMMENT_FIELD,
  COMMENT_MESSAGE,
  COMMENT_ONEOF,
  COMMENT_RPC,
  COMMENT_SERVICE,
  ENUM_FIRST_VALUE_ZERO,
  ENUM_NO_ALLOW_ALIAS,
  ENUM_PASCAL_CASE,
  ENUM_VALUE_PREFIX,
  ENUM_VALUE_UPPER_SNAKE_CASE,
  ENUM_ZERO_VALUE_SUFFIX,
  FIELD_LOWER_SNAKE_CASE,
  FIELD_NO_DESCRIPTOR,
  FIELD_NOT_REQUIRED,
  MESSAGE_PASCAL_CASE,
  ONEOF_LOWER_SNAKE_CASE,
  PROTOVALIDATE,
  RPC_NO_CLIENT_STREAMING,
  RPC_NO_SERVER_STREAMING,
  RPC_PASCAL_CASE,
  RPC_REQUEST_RESPONSE_UNIQUE,
  RPC_REQUEST_STANDARD_NAME,
  RPC_RESPONSE_STANDARD_NAME,
  SERVICE_PASCAL_CASE,
  SERVICE_SUFFIX,
];

export function rulesById(ids: readonly string[]): LintRule[] {
  return ids.map((id) => {
    const rule = elementRules.find((r) => r.id === id);
    if (!rule) throw new Error(`unknown element rule ${id}`);
    return rule;
  });
}

const row = (path: string, l: number, c: number, el: number, ec: number, id: string): string => `${path}:${l}:${c}-${el}:${ec} ${id}`;

/** Our findings for `example` with `rules` enabled, as rows in buf's order. */
export async function ourRows(rules: readonly LintRule[], example: Example): Promise<string[]> {
  const model = await compileExample(example);
  const findings: Finding[] = runLint(model, exampleRunOptions(rules, example));
  return findings.map((f) =>
    f.startLine === 0 ? row(f.file!, 1, 1, 1, 1, f.ruleId) : row(f.file!, f.startLine, f.startColumn, f.endLine, f.endColumn, f.ruleId),
  );
}

/** The buf.yaml for an example: `lint.use` = the rule IDs, plus the example's `config` keys. */
function bufYaml(ruleIds: readonly string[], example: Example, version: ConfigVersion): string {
  const config = typeof example === "string" ? {} : { ...(example.config ?? {}) };
  delete config.version;
  return stringify({ version, lint: { use: [...ruleIds], ...config } });
}

/** buf's findings for `example` with only `ruleIds` enabled, as rows in buf's order. */
export async function bufRows(ruleIds: readonly string[], example: Example, version: ConfigVersion = "v2"): Promise<string[]> {
  const files: Record<string, string> = {};
  for (const [p, text] of Object.entries(exampleFiles(example))) files[p] = expectedFromMarkers(text, p).text;
  const yaml = bufYaml(ruleIds, example, version);
  const hash = createHash("sha256").update("buf-1.75.0 lint elements\0").update(yaml);
  for (const p of Object.keys(files).sort()) hash.update(`\0${p}\0${files[p]}`);
  const key = hash.digest("hex").slice(0, 32);
  const dir = join(cacheDir, "lint-elements");
  const out = join(dir, `${key}.jsonl`);
  if (!existsSync(out)) {
    const work = join(tmpdir(), `protoguard-lint-elements-${key}-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(work, p)), { recursive: true });
      writeFileSync(join(work, p), text);
    }
    writeFileSync(join(work, "buf.yaml"), yaml);
    const { code, stdout, stderr } = await capture(bufBin, ["lint", "--error-format", "json"], work);
    rmSync(work, { recursive: true, force: true });
    if (code !== 0 && code !== 100) throw new Error(`buf lint failed (exit ${code}):\n${stderr}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(out, stdout);
  }
  return readFileSync(out, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const f = JSON.parse(l) as { path: string; start_line: number; start_column: number; end_line: number; end_column: number; type: string };
      return row(f.path, f.start_line, f.start_column, f.end_line, f.end_column, f.type);
    });
}

function capture(cmd: string, args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
