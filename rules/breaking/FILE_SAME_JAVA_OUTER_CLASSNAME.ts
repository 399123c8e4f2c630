/** Files keep their java_outer_classname option. */
import { checkFileOption } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_SAME_JAVA_OUTER_CLASSNAME",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "Files keep their java_outer_classname option.",
  docs: "`java_outer_classname` sets the Java outer class of the code generated for this file; changing it moves or renames that code, so code using it stops compiling.\n\nKeep the option's effective value: unset equals its default, so adding an explicit default is fine but removing a non-default value is a change. The finding is on the option, or on the file at 1:1 when it was removed.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
option java_outer_classname = "ShopProto";
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
option java_outer_classname = "OrderProto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ FILE_SAME_JAVA_OUTER_CLASSNAME
message Order {}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
option java_outer_classname = "ShopProto";
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
option java_outer_classname = "ShopProto";
message Order {}
message Added {}
`,
      }
    ],
  },
  target: "file",
  check(pair, ctx) {
    checkFileOption(pair, ctx, "java_outer_classname", 8, (f) => f.proto.options?.javaOuterClassname ?? "");
  },
});
