/** Fields keep their name. */
import { nestedName } from "../../src/breaking/describe.js";
import { fieldAt } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_NAME",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON"], v1: ["FILE", "PACKAGE", "WIRE_JSON"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"] },
  summary: "Fields keep their name.",
  docs: "Renaming a field renames its generated accessors (code stops compiling) and changes its JSON and text-format name.\n\nKeep the old name; if the name is wrong, add `json_name` or a comment rather than renaming. Extensions are compared by full name. The finding is on the new name.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  int64 amount = 6;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int64 total = 6;
        ^^^^^ FIELD_SAME_NAME
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  int64 amount = 6;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int64 amount = 6 [deprecated = true];
  int64 total = 7;
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    const was = previous.isExtension ? previous.fullName : previous.name;
    const now = current.isExtension ? current.fullName : current.name;
    if (was === now) return;
    ctx.report(
      fieldAt(current, [1]),
      `${current.isExtension ? "Extension" : "Field"} ${current.number} of message "${current.isExtension ? (current.extendee ?? "") : current.parent ? nestedName(current.parent) : ""}" was renamed from "${was}" to "${now}", which renames its generated accessors and its JSON name. Rename it back to "${current.isExtension ? previous.name : was}".`,
    );
  },
});
