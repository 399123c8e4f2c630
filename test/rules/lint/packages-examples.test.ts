/**
 * The executed examples of the file-, import- and package-level rules (rules/lint/), run one by
 * one so a failure names the rule and example: every bad example yields exactly its marked
 * findings (file, line, column, end column, rule ID), every good one none.
 */
import { describe, expect, test } from "vitest";
import { diffFindings, expectedFindings, runExample } from "../../../src/engine/examples.js";
import type { LintRule } from "../../../src/engine/rule.js";
import { packageRules } from "./packages-rules.js";

describe.each(packageRules.map((r) => [r.id, r] as const))("%s", (_id, rule: LintRule) => {
  test.each(rule.examples.bad.map((e, i) => [i, e] as const))("bad example %i yields its marked findings", async (_i, example) => {
    const expected = expectedFindings(example);
    expect(expected.length).toBeGreaterThan(0);
    expect(diffFindings(await runExample(rule, example), expected)).toEqual([]);
  });
  test.each(rule.examples.good.map((e, i) => [i, e] as const))("good example %i yields nothing", async (_i, example) => {
    expect(diffFindings(await runExample(rule, example), [])).toEqual([]);
  });
});
