/** Extension ranges are not shrunk. */
import { nestedName } from "../../src/breaking/describe.js";
import { extensionRanges, messageMax, missingFrom, rangeText } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "EXTENSION_MESSAGE_NO_DELETE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE", "CSR"] },
  summary: "Extension ranges are not shrunk.",
  docs: "Extensions declared by other files (or other teams) use numbers of the message's `extensions` ranges; removing numbers from the ranges breaks them.\n\nRanges are compared by the numbers they cover, so splitting or merging ranges is fine. Restore the missing numbers with the `extensions` line the message gives. The finding is on the message.",
  examples: {
    bad: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Legacy {
  extensions 100 to 200;
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Legacy {
^ EXTENSION_MESSAGE_NO_DELETE
  extensions 100 to 150;
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Legacy {
  extensions 100 to 200;
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Legacy {
  extensions 100 to 150, 151 to 300;
}
`,
      }
    ],
  },
  target: "message",
  check({ previous, current }, ctx) {
    if (previous.proto.extensionRange.length === 0) return;
    const now = extensionRanges(current);
    const max = messageMax(current);
    for (const range of extensionRanges(previous)) {
      const missing = missingFrom(range, now);
      if (missing.length === 0) continue;
      ctx.report(
        current,
        `Extension range ${rangeText(range, max)} of message "${nestedName(current)}" lost ${missing.map((r) => rangeText(r, max)).join(", ")}; extensions using those numbers break. Add back: extensions ${missing.map((r) => rangeText(r, max)).join(", ")};`,
      );
    }
  },
});
