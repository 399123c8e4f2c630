/**
 * Executed breaking-rule examples: compile an example's `before` and `after` texts in memory, run
 * a rule with `before` as the against side, and read the expected findings from caret markers in
 * the `after` text (src/engine/examples.ts has the marker format).
 *
 * A finding with no file on the current side (a deleted file, buf's `<input>`) is marked in a
 * pseudo-file named `<input>` in the `after` example: `{ files: { "<input>": "^ FILE_NO_DELETE" } }`.
 * That file is not compiled. `config` (on `after`) takes buf.yaml `breaking` keys (`ignore`,
 * `ignore_only`, `ignore_unstable_packages`) and `version`.
 */
import { compileExample, exampleFiles, expectedFindings, type ExpectedFinding } from "../engine/examples.js";
import type { Model } from "../engine/model.js";
import type { BreakingExample, BreakingRule, ConfigVersion, Example, Finding } from "../engine/rule.js";
import { runBreaking, type BreakingRunOptions } from "./run.js";

/** The pseudo-file that holds markers of file-less findings. */
export const INPUT_PSEUDO_FILE = "<input>";

function config(example: Example): Readonly<Record<string, unknown>> {
  return typeof example === "string" ? {} : (example.config ?? {});
}

/** Compiles one side of an example, leaving out the `<input>` pseudo-file. */
export async function compileBreakingSide(example: Example): Promise<Model> {
  const files = exampleFiles(example);
  if (!(INPUT_PSEUDO_FILE in files)) return compileExample(example);
  delete files[INPUT_PSEUDO_FILE];
  return compileExample({ files });
}

/** Run options of an example: its `after` config for `rules`. */
export function breakingExampleOptions(rules: BreakingRule | readonly BreakingRule[], example: BreakingExample): BreakingRunOptions {
  const list = Array.isArray(rules) ? (rules as readonly BreakingRule[]) : [rules as BreakingRule];
  const cfg = config(example.after);
  const first = list[0];
  const version =
    typeof cfg["version"] === "string" ? (cfg["version"] as ConfigVersion) : first && !first.categories.v2 ? (first.categories.v1 ? "v1" : "v1beta1") : "v2";
  const known = new Set(["version", "ignore", "ignore_only", "ignore_unstable_packages"]);
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(cfg)) if (!known.has(k)) extra[k] = v;
  return {
    rules: list,
    options: { ignoreUnstablePackages: cfg["ignore_unstable_packages"] === true, extra },
    version,
    ...(Array.isArray(cfg["ignore"]) ? { ignore: cfg["ignore"] as string[] } : {}),
    ...(cfg["ignore_only"] && typeof cfg["ignore_only"] === "object" ? { ignoreOnly: cfg["ignore_only"] as Record<string, string[]> } : {}),
  };
}

/** Compiles both sides of an example and runs `rule` (or several rules), `before` as the against side. */
export async function runBreakingExample(rule: BreakingRule | readonly BreakingRule[], example: BreakingExample): Promise<Finding[]> {
  const [previous, current] = await Promise.all([compileBreakingSide(example.before), compileBreakingSide(example.after)]);
  return runBreaking(previous, current, breakingExampleOptions(rule, example));
}

/** The findings the `after` markers expect (file-less ones under `<input>`). */
export function expectedBreakingFindings(example: BreakingExample): ExpectedFinding[] {
  return expectedFindings(example.after);
}
