/** Reserved numbers and names of messages are not removed. */
import { nestedName } from "../../src/breaking/describe.js";
import { messageMax, messageReservedRanges, missingFrom, rangeText } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "RESERVED_MESSAGE_NO_DELETE",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "Reserved numbers and names of messages are not removed.",
  docs: "A reservation keeps a deleted field's number or name from being reused with another meaning; dropping it lets the next edit silently break old clients.\n\nReserved ranges are compared by the numbers they cover, so splitting or merging them is fine. Restore the reservations with the `reserved` lines the message gives. The finding is on the message.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  reserved 20 to 25;
  reserved "legacy";
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
^ RESERVED_MESSAGE_NO_DELETE
^ RESERVED_MESSAGE_NO_DELETE
  reserved 20 to 22;
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  reserved 20 to 25;
  reserved "legacy";
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  reserved 20 to 22, 23 to 30;
  reserved "legacy", "old";
}
`,
      }
    ],
  },
  target: "message",
  check({ previous, current }, ctx) {
    if (previous.proto.reservedRange.length === 0 && previous.proto.reservedName.length === 0) return;
    const now = messageReservedRanges(current);
    const max = messageMax(current);
    for (const range of messageReservedRanges(previous)) {
      const missing = missingFrom(range, now);
      if (missing.length === 0) continue;
      ctx.report(
        current,
        `Reserved range ${rangeText(range, max)} of message "${nestedName(current)}" lost ${missing.map((r) => rangeText(r, max)).join(", ")}, which may now be reused. Add back: reserved ${missing.map((r) => rangeText(r, max)).join(", ")};`,
      );
    }
    const names = new Set(current.proto.reservedName);
    for (const name of new Set(previous.proto.reservedName)) {
      if (names.has(name)) continue;
      ctx.report(
        current,
        `Reserved name "${name}" of message "${nestedName(current)}" is no longer reserved, so it may be reused. Add back: ${current.file.syntax === "editions" ? `reserved ${name};` : `reserved "${name}";`}`,
      );
    }
  },
});
