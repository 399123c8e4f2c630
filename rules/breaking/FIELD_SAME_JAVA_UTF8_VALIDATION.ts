/** String fields keep their Java UTF-8 checking. */
import { describeField, fieldKind } from "../../src/breaking/describe.js";
import { firstOption, javaUtf8Validation, optionAt } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_JAVA_UTF8_VALIDATION",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "String fields keep their Java UTF-8 checking.",
  docs: "The `java_string_check_utf8` file option or the `(pb.java).utf8_validation` feature (with the core `utf8_validation` feature) decides whether Java rejects invalid UTF-8; changing it changes what Java accepts.\n\nRestore the old setting. Only string fields are checked. The finding is on the file option, the feature, or the field.",
  examples: {
    bad: [
      {
        before: `syntax = "proto2";
package shop.v1;
option java_string_check_utf8 = true;
message Order {
  optional string note = 1;
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Order {
  optional string note = 1;
  ^^^^^^^^^^^^^^^^^^^^^^^^^ FIELD_SAME_JAVA_UTF8_VALIDATION
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
        after: `syntax = "proto2";
package shop.v1;
option java_string_check_utf8 = false;
message Order {
  optional string note = 1;
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    if (fieldKind(previous) !== "string" || fieldKind(current) !== "string") return;
    const was = javaUtf8Validation(previous);
    const now = javaUtf8Validation(current);
    if (was === now) return;
    const fileOption = current.file.locations.get([8, 27]);
    ctx.report(
      fileOption ? { element: current.file, at: [8, 27] } : firstOption(current, optionAt(current, [8, 21, 1001, 2], 2)),
      `Java UTF-8 validation of ${describeField(current)} changed from ${was} to ${now}, which changes what Java code accepts. Restore the old setting (java_string_check_utf8 or the (pb.java).utf8_validation feature).`,
    );
  },
});
