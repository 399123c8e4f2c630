#!/usr/bin/env node
// Regenerates the rule docs from the rule registries: docs/rules.md from rules/lint/index.ts (per
// rule its ID, categories per config version, whether it runs by default, summary, docs, and its
// executed bad and good examples; the rendering lives in src/cli/rules.ts, and `protoguard rules
// --format markdown` prints the same text) and docs/breaking-rules.md from rules/breaking/index.ts
// (rendered by src/breaking/docs.ts). test/engine/generated.test.ts fails when a file is stale.
//
//   node scripts/gen-docs.mjs           write the docs
//   node scripts/gen-docs.mjs --check   exit 1 when one is out of date
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const { rulesMarkdown } = await tsImport("../src/cli/rules.ts", import.meta.url);
const { LINT_RULES } = await tsImport("../rules/lint/index.ts", import.meta.url);
const docs = [{ file: "docs/rules.md", text: rulesMarkdown(LINT_RULES) }];
if (fs.existsSync(path.join(root, "rules", "breaking", "index.ts"))) {
  const { breakingRulesMarkdown } = await tsImport("../src/breaking/docs.ts", import.meta.url);
  const { BREAKING_RULES } = await tsImport("../rules/breaking/index.ts", import.meta.url);
  docs.push({ file: "docs/breaking-rules.md", text: breakingRulesMarkdown(BREAKING_RULES) });
}

let stale = 0;
for (const { file, text } of docs) {
  const target = path.join(root, file);
  const old = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
  if (old === text) continue;
  if (process.argv.includes("--check")) {
    console.error(`${file} is out of date: run node scripts/gen-docs.mjs`);
    stale++;
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
