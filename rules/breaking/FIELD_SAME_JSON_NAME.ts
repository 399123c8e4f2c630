/** Fields keep their JSON name. */
import { describeField } from "../../src/breaking/describe.js";
import { fieldAt } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_JSON_NAME",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON"], v1: ["FILE", "PACKAGE", "WIRE_JSON"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"] },
  summary: "Fields keep their JSON name.",
  docs: "JSON clients find a field by its JSON name: the `json_name` option, or the camelCase form of the field name. Changing either breaks every JSON reader and writer.\n\nSet `json_name` back to the old value (an explicit `json_name` can keep the old JSON name across a rename). Extensions are skipped. The finding is on the `json_name` option, or on the field when there is none.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  string note_text = 1 [json_name = "noteText"];
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  string note_text = 1 [json_name = "note"];
                        ^^^^^^^^^^^^^^^^^^ FIELD_SAME_JSON_NAME
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  string note_text = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  string note_text = 1 [json_name = "noteText"];
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    if (previous.isExtension) return;
    const was = previous.proto.jsonName;
    const now = current.proto.jsonName;
    if (was === now) return;
    ctx.report(
      current.file.locations.get([...current.path, 10]) ? { element: current, at: [10] } : fieldAt(current),
      `The JSON name of ${describeField(current)} changed from "${was}" to "${now}", so JSON clients no longer find it. Add \`[json_name = "${was}"]\` to keep the old JSON name.`,
    );
  },
});
