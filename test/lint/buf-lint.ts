/**
 * The reference side of the lint parity tests: run `buf lint --error-format json` (the pinned
 * devDependency, buf 1.75) on a module directory and parse its findings, cached under
 * .cache/buf-lint/ by a hash of the module's .proto files, its buf.yaml and the flags, so repeated
 * runs do not pay buf again (on the corpus buf takes ~35 s and ~4.8 GB).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bufBin } from "../util/buf.js";
import { cacheDir, hashFiles, listProtoFiles, projectRoot, type ListOptions } from "../util/files.js";

/** One line of buf's JSON error format. */
export interface BufFinding {
  readonly path: string;
  readonly start_line: number;
  readonly start_column: number;
  readonly end_line: number;
  readonly end_column: number;
  readonly type: string;
  readonly message: string;
}

export interface BufLintOptions extends ListOptions {
  /** buf `--path` values, relative to `dir`. */
  readonly paths?: readonly string[];
}

/** Runs buf lint on `dir` (a directory with a buf.yaml); throws when buf fails other than by reporting findings. */
export async function bufLint(dir: string, options: BufLintOptions = {}): Promise<BufFinding[]> {
  const files = listProtoFiles(dir, options);
  const bufYaml = existsSync(join(dir, "buf.yaml")) ? readFileSync(join(dir, "buf.yaml"), "utf8") : "";
  const key = hashFiles(dir, files, ["buf-lint-1.75.0", `paths=${(options.paths ?? []).join(",")}`, bufYaml]);
  const outDir = join(cacheDir, "buf-lint");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${key.slice(0, 32)}.jsonl`);
  if (!existsSync(out)) {
    const args = ["lint", ".", "--error-format", "json"];
    for (const p of options.paths ?? []) args.push("--path", p);
    const { code, stdout, stderr } = await runCapture(bufBin, args, dir);
    // 0 = clean, 100 = findings; anything else is a failure of the reference.
    if (code !== 0 && code !== 100) throw new Error(`buf lint ${dir} failed (exit ${code}):\n${stderr}`);
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, stdout);
    renameSync(tmp, out);
  }
  return readFileSync(out, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as BufFinding);
}

function runCapture(cmd: string, args: readonly string[], cwd: string = projectRoot): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(chunks).toString("utf8"), stderr }));
  });
}
