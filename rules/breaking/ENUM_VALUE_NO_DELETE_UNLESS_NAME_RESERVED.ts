/** Deleted enum values have their names reserved. */
import { deletedEnumValues, enumValueDeleted } from "../../src/breaking/deletions.js";
import { reservedLines } from "../../src/breaking/describe.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
  categories: { v1beta1: ["WIRE_JSON"], v1: ["WIRE_JSON"], v2: ["WIRE_JSON", "CSR"] },
  summary: "Deleted enum values have their names reserved.",
  docs: "JSON carries enum values by name; if a new value reuses a deleted name, JSON data is misread. Deleting a value is fine for JSON once every name it had is reserved.\n\nThe message gives the `reserved` lines to add. The finding is on the enum that lost the value.",
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
^ ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED
  STATUS_UNSPECIFIED = 0;
  reserved 2;
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
  reserved 2;
  reserved "STATUS_DONE";
}
`,
      }
    ],
  },
  target: "enum",
  check({ previous, current }, ctx) {
    for (const [number, names] of deletedEnumValues(previous, current)) {
      if (names.every((n) => current.proto.reservedName.includes(n))) continue;
      ctx.report(
        current,
        `${enumValueDeleted(current, number, names)} without reserving its name${names.length > 1 ? "s" : ""}. Add: ${reservedLines(current.file, number, names)}`,
      );
    }
  },
});
