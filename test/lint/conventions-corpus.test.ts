import { test } from "vitest";
import { writeFileSync } from "node:fs";
import { modelFromCompile } from "../../src/engine/examples.js";
import { DEFAULT_LINT_OPTIONS } from "../../src/engine/rule.js";
import { runLint } from "../../src/engine/run.js";
import { LINT_RULES } from "../../rules/lint/index.js";
import { corpusLintDir } from "./corpus-lint.js";
import { corpusExcludes } from "../util/corpus.js";
import { ourBuild } from "../util/ours.js";

test("explore", async () => {
  const dir = corpusLintDir();
  const build = await ourBuild(dir, { excludes: corpusExcludes });
  const model = modelFromCompile(build.result);
  const rules = LINT_RULES.filter((r) => r.protoguard);
  const found = runLint(model, { rules, options: { ...DEFAULT_LINT_OPTIONS, extra: { exempt_packages: [] } }, version: "v2", commentIgnores: true });
  const by = new Map<string, number>();
  for (const f of found) by.set(f.ruleId, (by.get(f.ruleId) ?? 0) + 1);
  console.log(model.targets.length, [...by]);
  writeFileSync("/work/main/.cache/scratch/conv-findings.txt", found.map((f) => `${f.file}:${f.startLine}:${f.startColumn} ${f.ruleId} ${f.message}`).join("\n"));
}, 600000);
