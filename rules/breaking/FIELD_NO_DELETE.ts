/** No field number of a message disappears (paired by message full name and field number). */
import { deletedFields, fieldDeleted, reservedField } from "../../src/breaking/deletions.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_NO_DELETE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE", "CSR"] },
  summary: "Fields are not deleted from messages.",
  docs:
    "Deleting a field removes its accessors from generated code, and if its number is later reused with another " +
    "type, old data and old clients are misread.\n\n" +
    "Keep the field (mark it `[deprecated = true]`). Under the wire categories (`WIRE`, `WIRE_JSON`) a deletion is " +
    "fine once the number (and, for JSON, the name) is reserved: the message says which `reserved` lines to add. " +
    "The finding is on the message that lost the field.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  string id = 1;
  string note = 3;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
^ FIELD_NO_DELETE
  string id = 1;
}
`,
      },
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  string id = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  string id = 1;
  string note = 3;
}
`,
      },
    ],
  },
  target: "message",
  only: ({ previous }) => !previous.isMapEntry,
  check({ previous, current }, ctx) {
    for (const field of deletedFields(previous, current)) {
      ctx.report(
        current,
        `${fieldDeleted(current, field)}. Keep it (deprecated) instead; if it must go, reserve it so the number and name are never reused: ${reservedField(current, field)}`,
      );
    }
  },
});
