/** Files keep their optimize_for option. */
import { checkFileOption } from "../../src/breaking/helpers.js";
import { FileOptions_OptimizeMode } from "@bufbuild/protobuf/wkt";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_SAME_OPTIMIZE_FOR",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "Files keep their optimize_for option.",
  docs: "`optimize_for` sets the generated code flavour (full or lite runtime) of the code generated for this file; changing it moves or renames that code, so code using it stops compiling.\n\nKeep the option's effective value: unset equals its default, so adding an explicit default is fine but removing a non-default value is a change. The finding is on the option, or on the file at 1:1 when it was removed.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
option optimize_for = LITE_RUNTIME;
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ FILE_SAME_OPTIMIZE_FOR
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
option optimize_for = SPEED;
message Order {}
`,
      }
    ],
  },
  target: "file",
  check(pair, ctx) {
    checkFileOption(pair, ctx, "optimize_for", 9, (f) => FileOptions_OptimizeMode[f.proto.options?.optimizeFor ?? FileOptions_OptimizeMode.SPEED] ?? "SPEED");
  },
});
