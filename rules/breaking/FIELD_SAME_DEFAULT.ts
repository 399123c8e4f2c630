/** Fields keep their default value. */
import { describeField, fieldKind } from "../../src/breaking/describe.js";
import { canHaveDefault, defaultsEqual, effectiveDefault, fieldAt, isZeroDefault, sameDefaultText } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_DEFAULT",
  categories: { v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "Fields keep their default value.",
  docs: "A reader that finds a field absent uses its default; changing the default changes what old data means. The effective default is the explicit `[default = \u2026]` or else the zero value (for an enum, its first value), so dropping an explicit non-zero default is a change too.\n\nRestore the old default. Numbers compare by value across types (a float and a double at float precision). Repeated, map and message fields have no default. The finding is on the `default` option, or on the field when there is none.",
  examples: {
    bad: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Order {
  optional int32 qty = 1 [default = 5];
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Order {
  optional int32 qty = 1 [default = 6];
                          ^^^^^^^^^^^ FIELD_SAME_DEFAULT
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Order {
  optional int32 qty = 1;
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Order {
  optional int64 qty = 1 [default = 0];
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    if (!canHaveDefault(previous) || !canHaveDefault(current) || sameDefaultText(previous, current)) return;
    const was = effectiveDefault(previous, ctx.previous);
    const now = effectiveDefault(current, ctx.current);
    if (isZeroDefault(was) && isZeroDefault(now)) return;
    if (defaultsEqual(was, now)) return;
    const explicit = previous.proto.defaultValue;
    const kind = fieldKind(previous);
    const restore = explicit
      ? `Restore \`[default = ${kind === "string" || kind === "bytes" ? `"${explicit}"` : explicit}]\`.`
      : "Remove the `default` option (the old default was the implicit one).";
    ctx.report(
      current.file.locations.get([...current.path, 7]) ? { element: current, at: [7] } : fieldAt(current),
      `The default of ${describeField(current)} changed from ${was.text} to ${now.text}, so readers of old data see another value when it is absent. ${restore}`,
    );
  },
});
