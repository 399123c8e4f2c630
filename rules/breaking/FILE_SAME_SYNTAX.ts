/** Files keep their syntax. */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_SAME_SYNTAX",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE", "CSR"] },
  summary: "Files keep their syntax.",
  docs: "Switching between proto2, proto3 and editions changes defaults all over the file: field presence, enum openness, UTF-8 checking and JSON support, and with them the generated code.\n\nRestore the old `syntax` statement (a file without one is proto2). A change of edition number is not this rule's business. The finding is on the `syntax` statement, or on the file at 1:1 when there is none.",
  examples: {
    bad: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Order {}
`,
        after: `syntax = "proto3";
^^^^^^^^^^^^^^^^^^ FILE_SAME_SYNTAX
package shop.v1;
message Order {}
`,
      }
    ],
    good: [
      {
        before: `package shop.v1;
message Order {}
`,
        after: `syntax = "proto2";
package shop.v1;
message Order {}
`,
      }
    ],
  },
  target: "file",
  check({ previous, current }, ctx) {
    if (previous.syntax === current.syntax) return;
    ctx.report(
      { element: current, at: [12], fallback: "none" },
      `The syntax of this file changed from ${previous.syntax} to ${current.syntax}, which changes field presence, enum and UTF-8 defaults and the generated code. Restore ${previous.syntax === "editions" ? `\`edition = "${previous.edition ?? ""}";\`` : `\`syntax = "${previous.syntax}";\``}.`,
    );
  },
});
