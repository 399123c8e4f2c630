/** Messages keep their standard descriptor accessor. */
import { nestedName } from "../../src/breaking/describe.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE", "CSR"] },
  summary: "Messages keep their standard descriptor accessor.",
  docs: "`option no_standard_descriptor_accessor = true;` removes the generated `descriptor()` accessor, so code calling it stops compiling.\n\nRemove the option or set it to false. Going from true to false is fine. The finding is on the option.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  option no_standard_descriptor_accessor = true;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  option no_standard_descriptor_accessor = true;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {}
`,
      }
    ],
  },
  target: "message",
  check({ previous, current }, ctx) {
    if (previous.proto.options?.noStandardDescriptorAccessor === true || current.proto.options?.noStandardDescriptorAccessor !== true) return;
    ctx.report(
      { element: current, at: [7, 2], fallback: "none" },
      `Message "${nestedName(current)}" now sets no_standard_descriptor_accessor = true, which removes its generated descriptor() accessor. Remove the option.`,
    );
  },
});
