/** Reserved numbers and names of enums are not removed. */
import { nestedName } from "../../src/breaking/describe.js";
import { ENUM_MAX, enumReservedRanges, missingFrom, rangeText } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "RESERVED_ENUM_NO_DELETE",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "Reserved numbers and names of enums are not removed.",
  docs: "A reservation keeps a deleted value's number or name from being reused with another meaning; dropping it lets the next edit silently break old clients.\n\nReserved ranges are compared by the numbers they cover, so splitting or merging them is fine. Restore the reservations with the `reserved` lines the message gives. The finding is on the enum.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
enum Status {
  STATUS_UNSPECIFIED = 0;
  reserved 5 to 9;
  reserved "STATUS_OLD";
}
`,
        after: `syntax = "proto3";
package shop.v1;
enum Status {
^ RESERVED_ENUM_NO_DELETE
^ RESERVED_ENUM_NO_DELETE
  STATUS_UNSPECIFIED = 0;
  reserved 5;
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
enum Status {
  STATUS_UNSPECIFIED = 0;
  reserved 5 to 9;
}
`,
        after: `syntax = "proto3";
package shop.v1;
enum Status {
  STATUS_UNSPECIFIED = 0;
  reserved 5 to 6, 7 to max;
}
`,
      }
    ],
  },
  target: "enum",
  check({ previous, current }, ctx) {
    if (previous.proto.reservedRange.length === 0 && previous.proto.reservedName.length === 0) return;
    const now = enumReservedRanges(current);
    const max = ENUM_MAX;
    for (const range of enumReservedRanges(previous)) {
      const missing = missingFrom(range, now);
      if (missing.length === 0) continue;
      ctx.report(
        current,
        `Reserved range ${rangeText(range, max)} of enum "${nestedName(current)}" lost ${missing.map((r) => rangeText(r, max)).join(", ")}, which may now be reused. Add back: reserved ${missing.map((r) => rangeText(r, max)).join(", ")};`,
      );
    }
    const names = new Set(current.proto.reservedName);
    for (const name of new Set(previous.proto.reservedName)) {
      if (names.has(name)) continue;
      ctx.report(
        current,
        `Reserved name "${name}" of enum "${nestedName(current)}" is no longer reserved, so it may be reused. Add back: ${current.file.syntax === "editions" ? `reserved ${name};` : `reserved "${name}";`}`,
      );
    }
  },
});
