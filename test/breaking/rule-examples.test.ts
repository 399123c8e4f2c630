// Runs every registered breaking rule's own examples (STYLE.md §4): each bad example yields exactly
// the findings its `after` markers show, each good example none; and `buf breaking` (with only that
// rule enabled) reports the same (path, line, column, rule) on every example.
import { describe, expect, it } from "vitest";
import { diffFindings } from "../../src/engine/examples.js";
import { exampleFiles } from "../../src/engine/examples.js";
import { expectedFromMarkers } from "../../src/engine/examples.js";
import { INPUT_PSEUDO_FILE, expectedBreakingFindings, runBreakingExample } from "../../src/breaking/examples.js";
import type { BreakingExample, Example } from "../../src/engine/rule.js";
import { BREAKING_RULES } from "../../rules/breaking/index.js";
import { bufBreaking, comparable, comparableBuf } from "./buf-breaking.js";

function plainFiles(example: Example): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [p, text] of Object.entries(exampleFiles(example))) if (p !== INPUT_PSEUDO_FILE) out[p] = expectedFromMarkers(text, p).text;
  return out;
}

function bufConfig(id: string, example: BreakingExample): { breaking: Record<string, unknown>; version: "v1" | "v2" } {
  const cfg = typeof example.after === "string" ? {} : { ...(example.after.config ?? {}) };
  const version = cfg["version"] === "v1" ? "v1" : "v2";
  delete cfg["version"];
  return { breaking: { use: [id], ...cfg }, version };
}

const live = BREAKING_RULES.filter((r) => !r.deprecated);

describe.each(live.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  const all = [...rule.examples.bad.map((ex, i) => ["bad", i, ex] as const), ...rule.examples.good.map((ex, i) => ["good", i, ex] as const)];
  it.each(all)("%s example %i yields exactly its marked findings, as buf does", async (kind, _i, example) => {
    const expected = expectedBreakingFindings(example);
    if (kind === "bad") expect(expected.length, "a bad example marks at least one finding").toBeGreaterThan(0);
    else expect(expected, "a good example marks nothing").toEqual([]);
    const actual = await runBreakingExample(rule, example);
    expect(diffFindings(actual, expected)).toEqual([]);
    const { breaking, version } = bufConfig(id, example);
    const buf = await bufBreaking(plainFiles(example.before), plainFiles(example.after), breaking, version);
    expect(comparable(actual)).toEqual(comparableBuf(buf));
  });
});
