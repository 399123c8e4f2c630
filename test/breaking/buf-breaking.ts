/**
 * The reference for breaking tests: run `buf breaking` (buf 1.75, the devDependency) on two sets
 * of files (after = input, before = against) and return its findings, cached under
 * .cache/buf-breaking/ by a hash of both sides' files, the config and the flags.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cacheDir } from "../util/files.js";
import { bufBin } from "../util/buf.js";
import type { Finding } from "../../src/engine/rule.js";

/** What the comparison looks at, as buf prints it in `--error-format json`. */
export interface BufFinding {
  readonly path: string;
  readonly start_line: number;
  readonly start_column: number;
  readonly type: string;
  readonly message: string;
}

/** Runs a command (argument array, no shell); resolves with exit code, stdout and stderr. */
export function runCapture(cmd: string, args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
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

/** Parses buf's JSON lines. */
export function parseBufJson(stdout: string): BufFinding[] {
  return stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const o = JSON.parse(l) as Partial<BufFinding>;
      return { path: o.path ?? "<input>", start_line: o.start_line ?? 1, start_column: o.start_column ?? 1, type: o.type ?? "", message: o.message ?? "" };
    });
}

/**
 * `buf breaking after --against before` on in-memory files. `breaking` is the buf.yaml v2 `breaking`
 * block of the input side (e.g. `{ use: ["FIELD_NO_DELETE"] }`); `version` v1 writes a v1 buf.yaml.
 */
export async function bufBreaking(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
  breaking: Readonly<Record<string, unknown>> = {},
  version: "v1" | "v2" = "v2",
  flags: readonly string[] = [],
): Promise<BufFinding[]> {
  const yaml = `version: ${version}\nbreaking: ${JSON.stringify(breaking)}\n`;
  const h = createHash("sha256");
  h.update(JSON.stringify(["buf-1.75.0", before, after, yaml, flags]));
  const key = h.digest("hex").slice(0, 32);
  const dir = join(cacheDir, "buf-breaking");
  const out = join(dir, `${key}.json`);
  if (existsSync(out)) return JSON.parse(readFileSync(out, "utf8")) as BufFinding[];
  const work = join(dir, `work-${key}-${process.pid}`);
  const write = (root: string, files: Readonly<Record<string, string>>, y: string): void => {
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, "buf.yaml"), y);
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
  };
  write(join(work, "before"), before, `version: ${version}\n`);
  write(join(work, "after"), after, yaml);
  const { code, stdout, stderr } = await runCapture(bufBin, ["breaking", "--against", "../before", "--error-format", "json", ...flags], join(work, "after"));
  rmSync(work, { recursive: true, force: true });
  if (code !== 0 && code !== 100) throw new Error(`buf breaking failed (exit ${code}):\n${stderr}`);
  const found = parseBufJson(stdout);
  mkdirSync(dir, { recursive: true });
  writeFileSync(out, JSON.stringify(found));
  return found;
}

/** Ours in the comparison shape (no file → `<input>`, missing positions → 1). */
export function comparable(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file === undefined ? "<input>" : (f.displayPath ?? f.file)}:${Math.max(f.startLine, 1)}:${Math.max(f.startColumn, 1)}:${f.ruleId}`).sort();
}

export function comparableBuf(findings: readonly BufFinding[]): string[] {
  return findings.map((f) => `${f.path}:${f.start_line}:${f.start_column}:${f.type}`).sort();
}
