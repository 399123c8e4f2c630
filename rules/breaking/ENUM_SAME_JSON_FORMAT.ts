/** Enums keep full JSON support. */
import { nestedName } from "../../src/breaking/describe.js";
import { firstOption, jsonFormatName, optionAt, resolveFeature } from "../../src/breaking/helpers.js";
import { FeatureSet_JsonFormat } from "@bufbuild/protobuf/wkt";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "ENUM_SAME_JSON_FORMAT",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON"], v1: ["FILE", "PACKAGE", "WIRE_JSON"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"] },
  summary: "Enums keep full JSON support.",
  docs: "The resolved `json_format` feature says whether a enum must map cleanly to JSON. Going from `ALLOW` to `LEGACY_BEST_EFFORT` (also by switching a file from proto3 to proto2) lets the enum lose its JSON form, which JSON clients rely on.\n\nKeep `features.json_format = ALLOW`. The finding is on the feature, or on the enum when it is inherited.",
  examples: {
    bad: [
      {
        before: `edition = "2023";
package shop.v1;
enum Kind {
  KIND_UNSPECIFIED = 0;
}
`,
        after: `edition = "2023";
package shop.v1;
enum Kind {
  option features.json_format = LEGACY_BEST_EFFORT;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ENUM_SAME_JSON_FORMAT
  KIND_UNSPECIFIED = 0;
}
`,
      }
    ],
    good: [
      {
        before: `edition = "2023";
package shop.v1;
enum Kind {
  option features.json_format = LEGACY_BEST_EFFORT;
  KIND_UNSPECIFIED = 0;
}
`,
        after: `edition = "2023";
package shop.v1;
enum Kind {
  KIND_UNSPECIFIED = 0;
}
`,
      }
    ],
  },
  target: "enum",
  check({ previous, current }, ctx) {
    const was = resolveFeature(previous, "jsonFormat");
    const now = resolveFeature(current, "jsonFormat");
    if (was !== FeatureSet_JsonFormat.ALLOW || now === FeatureSet_JsonFormat.ALLOW) return;
    ctx.report(
      firstOption(current, optionAt(current, [3, 7, 6], 2)),
      `JSON support of enum "${nestedName(current)}" changed from ${jsonFormatName(was)} to ${jsonFormatName(now)}, so JSON clients may no longer read it. Set \`option features.json_format = ALLOW;\`.`,
    );
  },
});
