/** Files keep their java_multiple_files option. */
import { checkFileOption } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_SAME_JAVA_MULTIPLE_FILES",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "Files keep their java_multiple_files option.",
  docs: "`java_multiple_files` sets the Java class layout of the code generated for this file; changing it moves or renames that code, so code using it stops compiling.\n\nKeep the option's effective value: unset equals its default, so adding an explicit default is fine but removing a non-default value is a change. The finding is on the option, or on the file at 1:1 when it was removed.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
option java_multiple_files = true;
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
option java_multiple_files = false;
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ FILE_SAME_JAVA_MULTIPLE_FILES
message Order {}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
option java_multiple_files = false;
message Order {}
`,
      }
    ],
  },
  target: "file",
  check(pair, ctx) {
    checkFileOption(pair, ctx, "java_multiple_files", 10, (f) => String(f.proto.options?.javaMultipleFiles ?? false));
  },
});
