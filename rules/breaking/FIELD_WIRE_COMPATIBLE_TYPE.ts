/** Field type changes keep the wire encoding. */
import { type FieldKind, describeField, fieldKind } from "../../src/breaking/describe.js";
import { WIRE_TYPE_GROUP, enumWireCompatible, fieldAt, kindName, typeTarget } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_WIRE_COMPATIBLE_TYPE",
  categories: { v1: ["WIRE"], v2: ["WIRE"] },
  summary: "Field type changes keep the wire encoding.",
  docs: "Under `WIRE`, a field's type may change only to one read the same way from the bytes: `int32`, `int64`, `uint32`, `uint64` and `bool` are interchangeable, as are `sint32`/`sint64`, `fixed32`/`sfixed32`, `fixed64`/`sfixed64`, and `string` \u2192 `bytes`. `bytes` \u2192 `string` is reported because old bytes need not be UTF-8.\n\nMessage and group fields must keep their type name; an enum field may switch to an enum of the same short name that has all the old values. Otherwise add a new field with a new number.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  sint32 qty = 1;
  bytes note = 2;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int32 qty = 1;
  ^^^^^ FIELD_WIRE_COMPATIBLE_TYPE
  string note = 2;
  ^^^^^^ FIELD_WIRE_COMPATIBLE_TYPE
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  int32 qty = 1;
  string note = 2;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int64 qty = 1;
  bytes note = 2;
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    const was = fieldKind(previous);
    const now = fieldKind(current);
    if (WIRE_TYPE_GROUP[was] !== WIRE_TYPE_GROUP[now]) {
      if (was === 'string' && now === 'bytes') return;
      const same = (Object.keys(WIRE_TYPE_GROUP) as FieldKind[]).filter((k) => WIRE_TYPE_GROUP[k] === WIRE_TYPE_GROUP[was] && k !== was);
      ctx.report(
        typeTarget(current),
        `The type of ${describeField(current)} changed from ${kindName(previous)} to ${kindName(current)}, which encodes differently on the wire${was === 'bytes' && now === 'string' ? ' (old bytes need not be valid UTF-8, which string requires)' : ''}. Keep ${kindName(previous)}${same.length ? ` (or change only to ${same.join(", ")})` : ""}, or add a new field with a new number.`,
      );
      return;
    }
    if (previous.typeName === current.typeName) return;
    if (now === "enum" && enumWireCompatible(previous, current, ctx.previous, ctx.current)) return;
    if (now === "enum" || now === "message" || now === "group") {
      ctx.report(
        fieldAt(current, [6]),
        `The type of ${describeField(current)} changed from "${previous.typeName ?? ""}" to "${current.typeName ?? ""}". Keep the old type${now === "enum" ? " (an enum may only be replaced by one of the same short name holding all the old values)" : ""}, or add a new field with a new number.`,
      );
    }
  },
});
