/** Files keep their package. */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_SAME_PACKAGE",
  categories: { v1beta1: ["FILE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "Files keep their package.",
  docs: "Changing a file's package renames every type in it, for generated code and on the wire for `Any` and services (the RPC path contains the package).\n\nRestore the old `package` statement; put new versions in new files. The finding is on the `package` statement, or on the file at 1:1 when there is none.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {}
`,
        after: `syntax = "proto3";
package shop.v2;
^^^^^^^^^^^^^^^^ FILE_SAME_PACKAGE
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
message Order {}
message Added {}
`,
      }
    ],
  },
  target: "file",
  check({ previous, current }, ctx) {
    if (previous.package === current.package) return;
    ctx.report(
      { element: current, at: [2], fallback: "none" },
      `The package of this file changed from "${previous.package}" to "${current.package}", which renames every type in it (and every RPC path). ${previous.package ? `Restore \`package ${previous.package};\`` : "Remove the package statement"}, and put the new package in new files.`,
    );
  },
});
