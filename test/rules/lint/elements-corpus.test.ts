/**
 * The element rules on the real corpus (google-proto-files 5.0.3, test/lint/corpus-lint.ts): buf
 * lint with `use: [STANDARD, COMMENTS, UNARY_RPC]` against our engine with the same rules, compared
 * per rule on (path, start line, start column, end line, end column) for the 26 element rules.
 *
 * buf's output (about 35 s and several GB the first time) is cached under .cache/lint-elements/.
 * Set PROTOGUARD_SKIP_CORPUS=1 to skip.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { modelFromCompile } from "../../../src/engine/examples.js";
import { DEFAULT_LINT_OPTIONS, type Finding } from "../../../src/engine/rule.js";
import { runLint } from "../../../src/engine/run.js";
import { corpusLintDir } from "../../lint/corpus-lint.js";
import { bufBin } from "../../util/buf.js";
import { corpusExcludes } from "../../util/corpus.js";
import { cacheDir, hashFiles, listProtoFiles } from "../../util/files.js";
import { ourBuild } from "../../util/ours.js";
import { elementRules } from "./elements-rules.js";

const ids = new Set(elementRules.map((r) => r.id));
const row = (path: string, l: number, c: number, el: number, ec: number): string => `${path}:${l}:${c}-${el}:${ec}`;

/** buf's findings on the corpus with STANDARD + COMMENTS + UNARY_RPC, by rule ID. */
async function bufCorpus(dir: string, files: readonly string[]): Promise<Map<string, string[]>> {
  const config = JSON.stringify({
    version: "v2",
    modules: [{ path: ".", excludes: corpusExcludes }],
    lint: { use: ["STANDARD", "COMMENTS", "UNARY_RPC"] },
  });
  const key = hashFiles(dir, files, ["buf-lint-1.75.0 elements corpus", config]).slice(0, 32);
  const out = join(cacheDir, "lint-elements", `corpus-${key}.jsonl`);
  if (!existsSync(out)) {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(bufBin, ["lint", ".", "--config", config, "--error-format", "json"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      const chunks: Buffer[] = [];
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => chunks.push(d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code) =>
        code === 0 || code === 100 ? resolve(Buffer.concat(chunks).toString("utf8")) : reject(new Error(`buf lint failed (${code}): ${stderr}`)),
      );
    });
    mkdirSync(join(cacheDir, "lint-elements"), { recursive: true });
    writeFileSync(out, stdout);
  }
  const byRule = new Map<string, string[]>();
  for (const line of readFileSync(out, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const f = JSON.parse(line) as { path: string; start_line: number; start_column: number; end_line: number; end_column: number; type: string };
    if (!ids.has(f.type)) continue;
    const list = byRule.get(f.type) ?? [];
    list.push(row(f.path, f.start_line, f.start_column, f.end_line, f.end_column));
    byRule.set(f.type, list);
  }
  return byRule;
}

describe.skipIf(process.env.PROTOGUARD_SKIP_CORPUS === "1")("element rules on google-proto-files equal buf's", () => {
  let buf: Map<string, string[]>;
  let ours: Map<string, string[]>;

  beforeAll(async () => {
    const dir = corpusLintDir();
    const files = listProtoFiles(dir, { excludes: corpusExcludes });
    const [ref, build] = await Promise.all([bufCorpus(dir, files), ourBuild(dir, { excludes: corpusExcludes })]);
    buf = ref;
    expect(build.errors).toEqual([]);
    const findings: Finding[] = runLint(modelFromCompile(build.result), {
      rules: elementRules,
      options: DEFAULT_LINT_OPTIONS,
      version: "v2",
      commentIgnores: true,
    });
    ours = new Map();
    for (const f of findings) {
      const list = ours.get(f.ruleId) ?? [];
      list.push(row(f.displayPath ?? f.file!, f.startLine, f.startColumn, f.endLine, f.endColumn));
      ours.set(f.ruleId, list);
    }
    // A one-line summary for the report: findings per rule, buf vs ours.
    const summary = [...ids].sort().map((id) => `${id} ${buf.get(id)?.length ?? 0}/${ours.get(id)?.length ?? 0}`);
    console.log(`buf/ours per rule: ${summary.join(", ")}`);
  });

  it.each([...ids].sort())("%s", (id) => {
    const want = [...(buf.get(id) ?? [])].sort();
    const got = [...(ours.get(id) ?? [])].sort();
    const wantSet = new Set(want);
    const gotSet = new Set(got);
    const missing = want.filter((r) => !gotSet.has(r)).slice(0, 10);
    const extra = got.filter((r) => !wantSet.has(r)).slice(0, 10);
    expect({ missing, extra, counts: [want.length, got.length] }).toEqual({ missing: [], extra: [], counts: [want.length, want.length] });
  });
});
