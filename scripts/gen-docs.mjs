#!/usr/bin/env node
// Regenerates docs/rules.md from the rule registry (rules/lint/index.ts): per rule its ID,
// categories per config version, whether it runs by default, summary, docs, and its executed bad
// and good examples. The rendering lives in src/cli/rules.ts (`protoguard rules --format
// markdown` prints the same text); test/engine/generated.test.ts fails when the file is stale.
//
//   node scripts/gen-docs.mjs           write docs/rules.md
//   node scripts/gen-docs.mjs --check   exit 1 when docs/rules.md is out of date
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = path.join(root, "docs", "rules.md");

const { rulesMarkdown } = await tsImport("../src/cli/rules.ts", import.meta.url);
const { LINT_RULES } = await tsImport("../rules/lint/index.ts", import.meta.url);
const text = rulesMarkdown(LINT_RULES);
const old = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;

if (process.argv.includes("--check")) {
  if (old !== text) {
    console.error("docs/rules.md is out of date: run node scripts/gen-docs.mjs");
    process.exit(1);
  }
} else if (old !== text) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log("wrote docs/rules.md");
}
