/** Fields stay in or out of the same oneof. */
import { describeField } from "../../src/breaking/describe.js";
import { fieldAt } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_ONEOF",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "Fields stay in or out of the same oneof.",
  docs: "Moving a field into or out of a oneof, or to another oneof, changes its generated accessors and how setting it clears other fields, on the wire as in code.\n\nKeep the field where it was and add a new field instead. Synthetic oneofs of proto3 `optional` fields count as no oneof. Extensions are skipped. The finding is on the field.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  string card = 1;
  oneof payment {
    string iban = 2;
  }
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  oneof payment {
    string card = 1;
    ^^^^^^^^^^^^^^^^ FIELD_SAME_ONEOF
    string iban = 2;
  }
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  string card = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  optional string card = 1;
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    if (previous.isExtension) return;
    const was = previous.oneof && !previous.oneof.synthetic ? previous.oneof.name : undefined;
    const now = current.oneof && !current.oneof.synthetic ? current.oneof.name : undefined;
    if (was === now) return;
    const from = was === undefined ? "outside any oneof" : `oneof "${was}"`;
    const to = now === undefined ? "outside any oneof" : `oneof "${now}"`;
    ctx.report(
      fieldAt(current),
      `${describeField(current)} moved from ${from} to ${to}, which changes its accessors and which fields setting it clears. Move it back ${was === undefined ? "out of the oneof" : `into \`oneof ${was}\``}.`.replace(/^./, (c) => c.toUpperCase()),
    );
  },
});
