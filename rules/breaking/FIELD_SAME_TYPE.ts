/** A field keeps its type: the same kind and, for messages, enums and groups, the same type. */
import { describeField, fieldKind, typeLabel } from "../../src/breaking/describe.js";
import { typeTarget } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_TYPE",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE", "CSR"] },
  summary: "Fields keep their type.",
  docs:
    "Changing a field's type changes the type of its generated accessors, so code using them stops compiling, " +
    "and most changes also change how the value is encoded.\n\n" +
    "Add a new field with the new type and a new number, and deprecate the old one. The wire categories allow " +
    "the changes that keep the encoding (`FIELD_WIRE_COMPATIBLE_TYPE`, `FIELD_WIRE_JSON_COMPATIBLE_TYPE`). " +
    "Message, enum and group fields compare the fully-qualified type name; a message field that becomes a " +
    "group (or editions `DELIMITED` encoding) is a change too. Extensions are compared by extendee and number.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  int32 qty = 1;
  Money total = 2;
}
message Money {}
message Price {}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int64 qty = 1;
  ^^^^^ FIELD_SAME_TYPE
  Price total = 2;
  ^^^^^ FIELD_SAME_TYPE
}
message Money {}
message Price {}
`,
      },
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  int32 qty = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int32 quantity = 1;
}
`,
      },
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    const was = fieldKind(previous);
    const now = fieldKind(current);
    if (was === now && previous.typeName === current.typeName) return;
    ctx.report(
      // A map's key/value field has no location of its own: typeTarget reports at `map<K, V>`.
      typeTarget(current),
      `The type of ${describeField(current)} changed from ${typeLabel(previous)} to ${typeLabel(current)}. Keep the old type, and add a new field with a new number for the new type.`,
    );
  },
});
