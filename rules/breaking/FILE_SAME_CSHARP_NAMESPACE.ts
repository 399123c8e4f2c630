/** Files keep their csharp_namespace option. */
import { checkFileOption } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_SAME_CSHARP_NAMESPACE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "Files keep their csharp_namespace option.",
  docs: "`csharp_namespace` sets the C# namespace of the code generated for this file; changing it moves or renames that code, so code using it stops compiling.\n\nKeep the option's effective value: unset equals its default, so adding an explicit default is fine but removing a non-default value is a change. The finding is on the option, or on the file at 1:1 when it was removed.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
option csharp_namespace = "Example.Shop.V1";
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
option csharp_namespace = "Example.Shop";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ FILE_SAME_CSHARP_NAMESPACE
message Order {}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
option csharp_namespace = "Example.Shop.V1";
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
option csharp_namespace = "Example.Shop.V1";
message Order {}
message Added {}
`,
      }
    ],
  },
  target: "file",
  check(pair, ctx) {
    checkFileOption(pair, ctx, "csharp_namespace", 37, (f) => f.proto.options?.csharpNamespace ?? "");
  },
});
