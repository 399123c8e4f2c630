// The generated files are up to date with their generators: rules/lint/index.ts (and
// rules/breaking/index.ts when it exists) with scripts/gen-rule-index.mjs, docs/rules.md with
// scripts/gen-docs.mjs. Both scripts have a --check mode that writes nothing.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../util/files.js";

function check(script: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [join(projectRoot, "scripts", script), "--check"], { cwd: projectRoot, encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

describe("generated files", () => {
  it("rules/lint/index.ts lists every rule file (node scripts/gen-rule-index.mjs)", () => {
    expect(check("gen-rule-index.mjs")).toEqual({ status: 0, stderr: "" });
  });

  it("docs/rules.md matches the rule files (node scripts/gen-docs.mjs)", () => {
    expect(check("gen-docs.mjs")).toEqual({ status: 0, stderr: "" });
  });
});
