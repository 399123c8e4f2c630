/**
 * The element rules' own examples (the ones in their docs) linted by buf 1.75 with only that rule
 * enabled: buf's findings must equal ours exactly, end positions included, so the markers the docs
 * show are buf's positions. (test/engine/rule-examples.test.ts checks ours against the markers.)
 */
import { describe, expect, it } from "vitest";
import type { ConfigVersion, Example, LintRule } from "../../../src/engine/rule.js";
import { exampleRunOptions } from "../../../src/engine/examples.js";
import { bufRows, elementRules, ourRows } from "./elements-rules.js";

const cases: [string, string, LintRule, Example][] = [];
for (const rule of elementRules) {
  rule.examples.bad.forEach((ex, i) => cases.push([rule.id, `bad ${i}`, rule, ex]));
  rule.examples.good.forEach((ex, i) => cases.push([rule.id, `good ${i}`, rule, ex]));
}

describe("element rule examples: ours equal buf's", () => {
  it.each(cases)("%s %s", async (id, kind, rule, example) => {
    const version: ConfigVersion = exampleRunOptions(rule, example).version;
    const buf = await bufRows([id], example, version);
    expect(buf.filter((r) => r.endsWith(" COMPILE"))).toEqual([]);
    expect(await ourRows([rule], example)).toEqual(buf);
    if (kind.startsWith("bad")) expect(buf.length).toBeGreaterThan(0);
  });
});
