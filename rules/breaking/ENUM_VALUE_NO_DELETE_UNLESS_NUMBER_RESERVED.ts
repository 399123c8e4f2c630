/** Deleted enum values have their number reserved. */
import { deletedEnumValues, enumValueDeleted } from "../../src/breaking/deletions.js";
import { reservedLines } from "../../src/breaking/describe.js";
import { enumReservedRanges, inRanges } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
  categories: { v1beta1: ["WIRE_JSON", "WIRE"], v1: ["WIRE_JSON", "WIRE"], v2: ["WIRE_JSON", "WIRE", "CSR"] },
  summary: "Deleted enum values have their number reserved.",
  docs: "Old clients still send the value's number; if a new value reuses it, they mean something else. Deleting a value is fine on the wire once its number is reserved.\n\nThe message gives the `reserved` lines to add. The finding is on the enum that lost the value.",
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
^ ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED
  STATUS_UNSPECIFIED = 0;
  reserved "STATUS_DONE";
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
      if (inRanges(number, enumReservedRanges(current))) continue;
      ctx.report(current, `${enumValueDeleted(current, number, names)} without reserving its number. Add: ${reservedLines(current.file, number, names)}`);
    }
  },
});
