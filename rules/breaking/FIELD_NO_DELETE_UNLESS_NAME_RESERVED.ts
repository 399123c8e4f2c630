/** Deleted fields have their name reserved. */
import { reportUnreservedFields } from "../../src/breaking/deletions.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
  categories: { v1beta1: ["WIRE_JSON"], v1: ["WIRE_JSON"], v2: ["WIRE_JSON", "CSR"] },
  summary: "Deleted fields have their name reserved.",
  docs: "JSON clients built from the old schema still send the field's name; if a new field reuses it, JSON data is misread. Deleting a field is fine on the wire once its name is reserved.\n\nAdd the `reserved` lines the message gives (both the number and the name keep every client safe). The finding is on the message that lost the field.",
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
^ FIELD_NO_DELETE_UNLESS_NAME_RESERVED
  string id = 1;
  reserved 3;
}
`,
      }
    ],
    good: [
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
  string id = 1;
  reserved 3;
  reserved "note";
}
`,
      }
    ],
  },
  target: "message",
  only: ({ previous }) => !previous.isMapEntry,
  check({ previous, current }, ctx) {
    reportUnreservedFields(previous, current, ctx, "name", (field) => current.proto.reservedName.includes(field.name));
  },
});
