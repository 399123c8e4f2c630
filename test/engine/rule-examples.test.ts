// Runs every registered lint rule's own examples (STYLE.md §4): each bad example yields exactly the
// findings its markers show (rule ID, file, line, column, end column), each good example none.
import { describe, expect, it } from "vitest";
import { diffFindings, expectedFindings, runExample } from "../../src/engine/examples.js";
import { LINT_RULES } from "../../rules/lint/index.js";

describe.each(LINT_RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  it.each(rule.examples.bad.map((ex, i) => [i, ex] as const))("bad example %i yields exactly its marked findings", async (_i, example) => {
    const expected = expectedFindings(example);
    expect(expected.length, "a bad example marks at least one finding").toBeGreaterThan(0);
    const actual = await runExample(rule, example);
    expect(diffFindings(actual, expected)).toEqual([]);
  });

  it.each(rule.examples.good.map((ex, i) => [i, ex] as const))("good example %i yields no finding", async (_i, example) => {
    expect(expectedFindings(example), "a good example marks nothing").toEqual([]);
    const actual = await runExample(rule, example);
    expect(diffFindings(actual, [])).toEqual([]);
  });
});
