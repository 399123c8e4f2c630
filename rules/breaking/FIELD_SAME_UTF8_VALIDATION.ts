/** String fields keep their UTF-8 validation. */
import { describeField, fieldKind } from "../../src/breaking/describe.js";
import { firstOption, optionAt, resolveFeature, utf8ValidationName } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_UTF8_VALIDATION",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "String fields keep their UTF-8 validation.",
  docs: "The resolved `utf8_validation` feature (VERIFY or NONE) decides whether parsers reject invalid UTF-8 in a string field. Switching a file between proto2 and proto3 changes it too.\n\nRestore the old setting with `features.utf8_validation`. Only string fields are checked. The finding is on the feature, or on the field when it is inherited.",
  examples: {
    bad: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Order {
  optional string note = 1;
}
`,
        after: `edition = "2023";
package shop.v1;
message Order {
  string note = 1;
  ^^^^^^^^^^^^^^^^ FIELD_SAME_UTF8_VALIDATION
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Order {
  optional string note = 1;
}
`,
        after: `edition = "2023";
package shop.v1;
message Order {
  string note = 1 [features.utf8_validation = NONE];
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    if (fieldKind(previous) !== "string" || fieldKind(current) !== "string") return;
    const was = resolveFeature(previous, "utf8Validation");
    const now = resolveFeature(current, "utf8Validation");
    if (was === now) return;
    ctx.report(
      firstOption(current, optionAt(current, [8, 21, 4], 2)),
      `UTF-8 validation of ${describeField(current)} changed from ${utf8ValidationName(was)} to ${utf8ValidationName(now)}, which changes which data parsers accept. Set \`features.utf8_validation = ${utf8ValidationName(was)}\` to keep it.`,
    );
  },
});
