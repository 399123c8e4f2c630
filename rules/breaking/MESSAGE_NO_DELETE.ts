/** No message of a file disappears from that file (nested ones by nested name). */
import { deletedElementTarget, keepsDeclarations, messagesByNestedName } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "MESSAGE_NO_DELETE",
  categories: { v1beta1: ["FILE"], v1: ["FILE"], v2: ["FILE", "CSR"] },
  summary: "Messages are not deleted from a file.",
  docs:
    "Deleting a message deletes its generated class: code that uses it stops compiling, and moving it to " +
    "another file counts as deleting it under `FILE` (use `PACKAGE` to allow moves within a package).\n\n" +
    "Restore the message; if it should no longer be used, mark it `option deprecated = true;` instead. " +
    "A deleted nested message is reported on its closest enclosing message that still exists; a deleted top-level message on the " +
    "file at 1:1, as buf reports it (there is no span on the current side to point at).",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  message Line {}
}
message Gone {}
`,
        after: `^ MESSAGE_NO_DELETE
syntax = "proto3";
package shop.v1;
message Order {
^ MESSAGE_NO_DELETE
}
`,
      },
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  message Line {}
}
message Added {}
`,
      },
    ],
  },
  target: "file",
  check({ previous, current }, ctx) {
    if (keepsDeclarations(previous, current)) return;
    const now = messagesByNestedName(current);
    for (const [name, message] of messagesByNestedName(previous)) {
      if (now.has(name)) continue;
      // A map's entry message goes with its map field (buf reports it as a deleted message too).
      const what = message.isMapEntry
        ? `The entry message "${name}" of a map field was deleted with its map field; clients that use the map no longer compile. Restore the map field (mark it deprecated instead of deleting it).`
        : `Message "${name}" was deleted from this file; its generated code disappears. Restore it (mark it deprecated instead of deleting it).`;
      ctx.report(deletedElementTarget(current, name), what);
    }
  },
});
