/** Helpers for CLI tests: run our `main` in-process, and buf as the reference. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { main } from "../../src/cli/main.js";

export const REPO = resolve(import.meta.dirname, "../..");
export const BUF = join(REPO, "node_modules/.bin/buf");
export const FIXTURES = join(REPO, "test/fixtures");

export interface RunResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `protoguard ARGS` in-process with `cwd` as the current directory. */
export async function protoguard(args: string[], cwd = REPO): Promise<RunResult> {
  const out: Buffer[] = [];
  let err = "";
  const code = await main(args, {
    cwd,
    stdout: (c) => void out.push(typeof c === "string" ? Buffer.from(c) : Buffer.from(c)),
    stderr: (t) => void (err += t),
  });
  return { code, stdout: Buffer.concat(out), stderr: err };
}

/** Runs `buf ARGS` in `cwd`. */
export function buf(args: string[], cwd = REPO): RunResult {
  const r = spawnSync(BUF, args, { cwd, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString() };
}

/**
 * A fresh directory inside the repository (.cache/, git-ignored): build looks for a buf.yaml in
 * parent directories up to the git root, so a stray /tmp/buf.yaml must not leak into tests.
 */
export function tmpDir(): string {
  const base = join(REPO, ".cache", "test-tmp");
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, "pg-"));
  created.push(dir);
  return dir;
}

const created: string[] = [];

/** Removes the directories {@link tmpDir} made (call from afterAll). */
export function removeTmpDirs(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}
