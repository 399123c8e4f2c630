/** Deleted fields have their number reserved. */
import { reportUnreservedFields } from "../../src/breaking/deletions.js";
import { inRanges, messageReservedRanges } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
  categories: { v1beta1: ["WIRE_JSON", "WIRE"], v1: ["WIRE_JSON", "WIRE"], v2: ["WIRE_JSON", "WIRE", "CSR"] },
  summary: "Deleted fields have their number reserved.",
  docs: "Binary clients built from the old schema still send the field's number; if a new field reuses it with another type, data is misread. Deleting a field is fine on the wire once its number is reserved.\n\nAdd the `reserved` lines the message gives (both the number and the name keep every client safe). The finding is on the message that lost the field.",
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
^ FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED
  string id = 1;
  reserved "note";
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
    const reserved = messageReservedRanges(current);
    reportUnreservedFields(previous, current, ctx, "number", (field) => inRanges(field.number, reserved));
  },
});
