/** Enum values are not deleted. */
import { deletedEnumValues, enumValueDeleted } from "../../src/breaking/deletions.js";
import { reservedLines } from "../../src/breaking/describe.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "ENUM_VALUE_NO_DELETE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE", "CSR"] },
  summary: "Enum values are not deleted.",
  docs: "Deleting an enum value removes its generated constant, so code using it stops compiling, and old data holding the number can no longer be named. Renaming a value is a different rule (`ENUM_VALUE_SAME_NAME`); this one looks at numbers.\n\nThe message gives the `reserved` lines to add. The finding is on the enum that lost the value.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_DONE = 2;
}
`,
        after: `syntax = "proto3";
package shop.v1;
enum Status {
^ ENUM_VALUE_NO_DELETE
  STATUS_UNSPECIFIED = 0;
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
  STATUS_DONE = 2;
}
`,
        after: `syntax = "proto3";
package shop.v1;
enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_FINISHED = 2;
}
`,
      }
    ],
  },
  target: "enum",
  check({ previous, current }, ctx) {
    for (const [number, names] of deletedEnumValues(previous, current)) {
      ctx.report(
        current,
        `${enumValueDeleted(current, number, names)}. Restore it (mark it \`[deprecated = true]\`); if it must go, reserve it: ${reservedLines(current.file, number, names)}`,
      );
    }
  },
});
