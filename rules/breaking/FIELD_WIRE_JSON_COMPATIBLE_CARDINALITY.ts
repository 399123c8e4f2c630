/** Field cardinality changes keep the wire and JSON encodings. */
import { describeField } from "../../src/breaking/describe.js";
import { WIRE_JSON_CARDINALITY_GROUP, cardinality, fieldAt } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
  categories: { v1beta1: ["WIRE_JSON"], v1: ["WIRE_JSON"], v2: ["WIRE_JSON", "CSR"] },
  summary: "Field cardinality changes keep the wire and JSON encodings.",
  docs: "For binary and JSON clients, optional fields with and without presence are interchangeable; required, repeated and map are each their own group (JSON writes maps as objects and repeated fields as arrays).\n\nKeep the field in its group, or add a new field with a new number.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Entry {
  string key = 1;
  string value = 2;
}
message Order {
  repeated Entry tags = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Entry {
  string key = 1;
  string value = 2;
}
message Order {
  map<string, string> tags = 1;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  optional string id = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  string id = 1;
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
    if (WIRE_JSON_CARDINALITY_GROUP[was] === WIRE_JSON_CARDINALITY_GROUP[now]) return;
    ctx.report(
      fieldAt(current),
      `The cardinality of ${describeField(current)} changed from "${was}" to "${now}", which old readers decode differently. Keep it ${was}, or add a new field with a new number.`,
    );
  },
});
