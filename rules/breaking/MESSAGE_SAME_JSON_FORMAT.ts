/** Messages keep full JSON support. */
import { nestedName } from "../../src/breaking/describe.js";
import { firstOption, jsonFormatName, optionAt, resolveFeature } from "../../src/breaking/helpers.js";
import { FeatureSet_JsonFormat } from "@bufbuild/protobuf/wkt";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "MESSAGE_SAME_JSON_FORMAT",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON"], v1: ["FILE", "PACKAGE", "WIRE_JSON"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"] },
  summary: "Messages keep full JSON support.",
  docs: "The resolved `json_format` feature says whether a message must map cleanly to JSON. Going from `ALLOW` to `LEGACY_BEST_EFFORT` (also by switching a file from proto3 to proto2) lets the message lose its JSON form, which JSON clients rely on.\n\nKeep `features.json_format = ALLOW`. The finding is on the feature, or on the message when it is inherited.",
  examples: {
    bad: [
      {
        before: `edition = "2023";
package shop.v1;
message Order {
  string id = 1;
}
`,
        after: `edition = "2023";
package shop.v1;
message Order {
  option features.json_format = LEGACY_BEST_EFFORT;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ MESSAGE_SAME_JSON_FORMAT
  string id = 1;
}
`,
      }
    ],
    good: [
      {
        before: `edition = "2023";
package shop.v1;
message Order {
  option features.json_format = LEGACY_BEST_EFFORT;
}
`,
        after: `edition = "2023";
package shop.v1;
message Order {}
`,
      }
    ],
  },
  target: "message",
  check({ previous, current }, ctx) {
    const was = resolveFeature(previous, "jsonFormat");
    const now = resolveFeature(current, "jsonFormat");
    if (was !== FeatureSet_JsonFormat.ALLOW || now === FeatureSet_JsonFormat.ALLOW) return;
    ctx.report(
      firstOption(current, optionAt(current, [7, 12, 6], 2)),
      `JSON support of message "${nestedName(current)}" changed from ${jsonFormatName(was)} to ${jsonFormatName(now)}, so JSON clients may no longer read it. Set \`option features.json_format = ALLOW;\`.`,
    );
  },
});
