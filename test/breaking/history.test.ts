// Real history (issue 5 "Done means"): google-proto-files 5.0.2 → 5.0.3, compared by `buf breaking`
// and by `protoguard breaking` with the default FILE rules and with WIRE_JSON, on
// (path, start line, start column, rule) as multisets; deleted files also by the path they name.
// buf's output is cached under .cache/buf-breaking-history/ by a hash of both sides and the config.
//
// Measured: equal on all 843 FILE findings and all 14 WIRE_JSON findings; no known difference
// (docs/breaking.md). The second test of each category names any rule buf reports that protoguard
// does not register.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BREAKING_RULES } from "../../rules/breaking/index.js";
import { corpusExcludes } from "../util/corpus.js";
import { cacheDir, hashFiles, listProtoFiles } from "../util/files.js";
import { protoguard } from "../cli/helpers.js";
import { parseBufJson, runCapture, type BufFinding } from "./buf-breaking.js";
import { bufBin } from "../util/buf.js";
import { historyNewDir, historyOldDir, historyYaml } from "./history.js";

const oldDir = historyOldDir();
const newDir = historyNewDir();

function sideHash(dir: string): string {
  return hashFiles(dir, listProtoFiles(dir, { excludes: corpusExcludes }), [readFileSync(join(dir, "buf.yaml"), "utf8")]);
}
const sidesKey = `${sideHash(oldDir)}:${sideHash(newDir)}`;

async function bufHistory(config: string | undefined): Promise<BufFinding[]> {
  const key = createHash("sha256").update(JSON.stringify(["buf-1.75.0", sidesKey, config ?? ""])).digest("hex").slice(0, 32);
  const dir = join(cacheDir, "buf-breaking-history");
  const out = join(dir, `${key}.json`);
  if (existsSync(out)) return JSON.parse(readFileSync(out, "utf8")) as BufFinding[];
  const args = ["breaking", newDir, "--against", oldDir, "--error-format", "json", ...(config ? ["--config", config] : [])];
  const { code, stdout, stderr } = await runCapture(bufBin, args, cacheDir);
  if (code !== 0 && code !== 100) throw new Error(`buf breaking failed (exit ${code}):\n${stderr}`);
  const found = parseBufJson(stdout);
  mkdirSync(dir, { recursive: true });
  writeFileSync(out, JSON.stringify(found));
  return found;
}

async function oursHistory(config: string | undefined): Promise<BufFinding[]> {
  const r = await protoguard(["breaking", newDir, "--against", oldDir, "--error-format", "json", ...(config ? ["--config", config] : [])], cacheDir);
  if (r.code !== 0 && r.code !== 1) throw new Error(`protoguard breaking failed (exit ${r.code}):\n${r.stderr}`);
  return parseBufJson(r.stdout.toString("utf8"));
}

const key = (f: BufFinding): string => `${f.path}:${f.start_line}:${f.start_column}:${f.type}`;
const deletedFile = (f: BufFinding): string | undefined => (f.type === "FILE_NO_DELETE" ? /"([^"]+)"/.exec(f.message)?.[1] : undefined);
const registered = new Set(BREAKING_RULES.map((r) => r.id));

describe.each([
  ["FILE (default)", undefined],
  ["WIRE_JSON", historyYaml(["WIRE_JSON"])],
] as const)("google-proto-files 5.0.2 → 5.0.3, %s", (_name, config) => {
  it("protoguard reports what buf reports, for every rule protoguard has", async () => {
    const [theirs, ours] = await Promise.all([bufHistory(config), oursHistory(config)]);
    expect(theirs.length).toBeGreaterThan(0);
    const mine = theirs.filter((f) => registered.has(f.type));
    expect(ours.map(key).sort()).toEqual(mine.map(key).sort());
    expect(ours.flatMap((f) => deletedFile(f) ?? []).sort()).toEqual(mine.flatMap((f) => deletedFile(f) ?? []).sort());
  });

  it("every rule buf reports here is registered", async () => {
    const theirs = await bufHistory(config);
    expect([...new Set(theirs.map((f) => f.type))].filter((id) => !registered.has(id)).sort()).toEqual([]);
  });
});
