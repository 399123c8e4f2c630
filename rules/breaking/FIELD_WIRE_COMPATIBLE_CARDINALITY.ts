/** Field cardinality changes keep the wire encoding. */
import { describeField } from "../../src/breaking/describe.js";
import { WIRE_CARDINALITY_GROUP, cardinality, fieldAt } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_WIRE_COMPATIBLE_CARDINALITY",
  categories: { v1beta1: ["WIRE"], v1: ["WIRE"], v2: ["WIRE"] },
  summary: "Field cardinality changes keep the wire encoding.",
  docs: "On the wire, optional fields with and without presence read the same, and so do repeated fields and maps; required and the other groups do not mix.\n\nKeep the field in its group (optional \u2194 optional, repeated \u2194 map), or add a new field with a new number.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  repeated string tags = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  string tags = 1;
  ^^^^^^^^^^^^^^^^ FIELD_WIRE_COMPATIBLE_CARDINALITY
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
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  optional string id = 1;
}
`,
      }
    ],
  },
  target: "field",
  only: ({ previous, current }) => !(previous.parent?.isMapEntry === true && current.parent?.isMapEntry === true),
  check({ previous, current }, ctx) {
    const was = cardinality(previous);
    const now = cardinality(current);
    if (WIRE_CARDINALITY_GROUP[was] === WIRE_CARDINALITY_GROUP[now]) return;
    ctx.report(
      fieldAt(current),
      `The cardinality of ${describeField(current)} changed from "${was}" to "${now}", which old readers decode differently. Keep it ${was}, or add a new field with a new number.`,
    );
  },
});
