// The rule files themselves: each is named after its ID, documented, has executed examples, and
// carries buf's categories and default flag for every config version (from `buf config
// ls-lint-rules`, cached under .cache/).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../rules/lint/index.js";
import { isDefault } from "../../src/cli/rules.js";
import type { ConfigVersion } from "../../src/engine/rule.js";
import { cacheDir, projectRoot } from "../util/files.js";

interface BufRule {
  readonly id: string;
  readonly categories: readonly string[];
  readonly default: boolean;
  readonly deprecated: boolean;
}

function bufRules(version: ConfigVersion): BufRule[] {
  const file = join(cacheDir, `buf-ls-lint-rules-${version}.json`);
  if (!existsSync(file)) {
    const r = spawnSync(join(projectRoot, "node_modules", ".bin", "buf"), ["config", "ls-lint-rules", "--version", version, "--include-deprecated", "--format", "json"], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`buf config ls-lint-rules failed: ${r.stderr}`);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, r.stdout);
  }
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BufRule);
}

describe("rule files", () => {
  const dir = join(projectRoot, "rules", "lint");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts");

  it("every file in rules/lint/ is registered, under the ID it is named after", () => {
    expect(LINT_RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
  });

  it.each(LINT_RULES.map((r) => [r.id, r] as const))("%s: documented, with a bad and a good example", (_id, rule) => {
    expect(rule.kind).toBe("lint");
    expect(rule.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
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
  const ours = LINT_RULES.filter((r) => r.categories[version] !== undefined && !r.protoguard);

  it("the same rule IDs exist", () => {
    expect(ours.map((r) => r.id).sort()).toEqual(buf.map((r) => r.id).sort());
  });

  it.each(buf.map((b) => [b.id, b] as const))("%s: categories, default and deprecation", (id, b) => {
    const rule = LINT_RULES.find((r) => r.id === id);
    if (!rule) return; // reported by "the same rule IDs exist"
    expect([...(rule.categories[version] ?? [])].sort()).toEqual([...b.categories].sort());
    expect(isDefault(rule, version)).toBe(b.default);
    expect(rule.deprecated === true).toBe(b.deprecated);
  });
});
