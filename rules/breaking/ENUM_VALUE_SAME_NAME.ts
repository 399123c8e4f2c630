/** Enum values keep their names. */
import { nestedName } from "../../src/breaking/describe.js";
import type { EnumValue } from "../../src/engine/model.js";
import { breakingRule } from "../../src/engine/rule.js";

/** Every name the number had is still one of its names. */
function keepsEveryName(previous: readonly EnumValue[], current: readonly EnumValue[]): boolean {
  for (const p of previous) {
    let found = false;
    for (const c of current) if (c.name === p.name) found = true;
    if (!found) return false;
  }
  return true;
}

export default breakingRule({
  id: "ENUM_VALUE_SAME_NAME",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON"], v1: ["FILE", "PACKAGE", "WIRE_JSON"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"] },
  summary: "Enum values keep their names.",
  docs: "Renaming an enum value renames its generated constant and changes its JSON form. Adding an alias (with `allow_alias`) is fine; removing or renaming a name the number had is not.\n\nKeep every old name of the number (add the new name as an alias if you need it). The finding is on each current value's number.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_ACTIVE = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_ENABLED = 1;
                   ^ ENUM_VALUE_SAME_NAME
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_ACTIVE = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
enum Status {
  option allow_alias = true;
  STATUS_UNSPECIFIED = 0;
  STATUS_ACTIVE = 1;
  STATUS_ENABLED = 1;
}
`,
      }
    ],
  },
  target: "enumValue",
  check(pair, ctx) {
    if (keepsEveryName(pair.previous, pair.current)) return;
    const was = [...new Set(pair.previous.map((v) => v.name))].sort();
    const now = new Set(pair.current.map((v) => v.name));
    const lost = was.filter((n) => !now.has(n));
    if (lost.length === 0) return;
    for (const value of pair.current) {
      ctx.report(
        { element: value, at: [2] },
        `Enum value ${pair.number} of enum "${nestedName(pair.enum.current)}" was renamed from ${was.map((n) => `"${n}"`).join(", ")} to ${[...now].sort().map((n) => `"${n}"`).join(", ")}, which renames its generated constant and its JSON name. Keep ${lost.map((n) => `"${n}"`).join(", ")} (add new names as aliases with allow_alias).`,
      );
    }
  },
});
