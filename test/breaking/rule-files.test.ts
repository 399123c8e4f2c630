// The breaking rule files themselves: each is named after its ID, documented, has executed examples
// (run by rule-examples.test.ts), and carries buf's categories, deprecation and replacements for
// every config version, as `buf config ls-breaking-rules --include-deprecated` (buf 1.75) lists
// them (output cached under .cache/).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BREAKING_RULES } from "../../rules/breaking/index.js";
import type { ConfigVersion } from "../../src/engine/rule.js";
import { bufBin } from "../util/buf.js";
import { cacheDir, projectRoot } from "../util/files.js";

interface BufRule {
  readonly id: string;
  readonly categories: readonly string[];
  readonly default: boolean;
  readonly deprecated: boolean;
  readonly replacements: readonly string[] | null;
}

function bufRules(version: ConfigVersion): BufRule[] {
  const file = join(cacheDir, `buf-breaking-rules-${version}.json`);
  if (!existsSync(file)) {
    const r = spawnSync(bufBin, ["config", "ls-breaking-rules", "--version", version, "--include-deprecated", "--format", "json"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`buf config ls-breaking-rules failed: ${r.stderr}`);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, r.stdout);
  }
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BufRule);
}

describe("breaking rule files", () => {
  it("every file in rules/breaking/ is registered, under the ID it is named after", () => {
    const files = readdirSync(join(projectRoot, "rules", "breaking")).filter((f) => /^[A-Z][A-Z0-9_]*\.ts$/.test(f));
    expect(BREAKING_RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
  });

  it.each(BREAKING_RULES.map((r) => [r.id, r] as const))("%s: documented, with a bad and a good example", (_id, rule) => {
    expect(rule.kind).toBe("breaking");
    expect(rule.summary.trim().length, "summary").toBeGreaterThan(10);
    expect(rule.summary.includes("\n"), "summary is one line").toBe(false);
    expect(rule.docs.trim().length, "docs").toBeGreaterThan(40);
    if (rule.deprecated) return;
    expect(rule.examples.bad.length, "bad examples").toBeGreaterThan(0);
    expect(rule.examples.good.length, "good examples").toBeGreaterThan(0);
  });
});

describe.each(["v1beta1", "v1", "v2"] as const)("categories match buf 1.75 (%s)", (version) => {
  const buf = bufRules(version);
  const ours = BREAKING_RULES.filter((r) => r.categories[version] !== undefined);

  it("the same rule IDs exist", () => {
    expect(ours.map((r) => r.id).sort()).toEqual(buf.map((r) => r.id).sort());
  });

  it.each(buf.map((r) => [r.id, r] as const))("%s", (id, theirs) => {
    const rule = ours.find((r) => r.id === id);
    expect(rule, id).toBeDefined();
    expect([...(rule!.categories[version] ?? [])].sort()).toEqual([...theirs.categories].sort());
    expect(rule!.deprecated === true).toBe(theirs.deprecated);
    expect([...(rule!.replacedBy ?? [])].sort()).toEqual([...(theirs.replacements ?? [])].sort());
    // buf's default set is the FILE category.
    expect(rule!.categories[version]?.includes("FILE") === true).toBe(theirs.default);
  });
});
