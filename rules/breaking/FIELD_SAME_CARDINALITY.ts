/** Fields keep their cardinality. */
import { describeField } from "../../src/breaking/describe.js";
import { cardinality, fieldAt } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_CARDINALITY",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "Fields keep their cardinality.",
  docs: "A field's cardinality (optional with explicit or implicit presence, required, repeated, map) decides its generated accessors: adding or removing proto3 `optional`, moving a field into or out of a oneof, or turning repeated into map all change them.\n\nKeep the cardinality and add a new field for the new shape. The wire categories allow the changes that keep the encoding (`FIELD_WIRE_COMPATIBLE_CARDINALITY`, `FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY`). Fields of map entries are skipped.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  string id = 1;
  repeated string tags = 2;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  optional string id = 1;
  ^^^^^^^^^^^^^^^^^^^^^^^ FIELD_SAME_CARDINALITY
  string tags = 2;
  ^^^^^^^^^^^^^^^^ FIELD_SAME_CARDINALITY
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
  string id = 1 [deprecated = true];
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
    if (was === now) return;
    ctx.report(
      fieldAt(current),
      `The cardinality of ${describeField(current)} changed from "${was}" to "${now}", which changes its generated accessors. Keep it ${was}, or add a new field with a new number.`,
    );
  },
});
