/** Oneofs are not deleted from messages. */
import { nestedName } from "../../src/breaking/describe.js";
import type { Message } from "../../src/engine/model.js";
import { breakingRule } from "../../src/engine/rule.js";

/** Whether the message declares a oneof of that name (a message has a few oneofs at most). */
function declaresOneof(m: Message, name: string): boolean {
  for (const o of m.oneofs) if (o.name === name) return true;
  return false;
}

export default breakingRule({
  id: "ONEOF_NO_DELETE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE", "CSR"] },
  summary: "Oneofs are not deleted from messages.",
  docs: "Deleting (or renaming) a oneof removes its generated case enum and accessors, so code using them stops compiling.\n\nRestore the oneof under its old name. Synthetic oneofs of proto3 `optional` fields are not oneofs for this rule. The finding is on the message that lost the oneof.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  oneof payment {
    string card = 1;
    string iban = 2;
  }
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
^ ONEOF_NO_DELETE
  string card = 1;
  string iban = 2;
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  optional string card = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  string card = 1;
}
`,
      }
    ],
  },
  target: "message",
  check({ previous, current }, ctx) {
    for (const oneof of previous.oneofs) {
      if (oneof.synthetic || declaresOneof(current, oneof.name)) continue;
      ctx.report(
        current,
        `Oneof "${oneof.name}" of message "${nestedName(current)}" was deleted or renamed; its generated case enum and accessors disappear. Restore \`oneof ${oneof.name}\` around the same fields.`,
      );
    }
  },
});
