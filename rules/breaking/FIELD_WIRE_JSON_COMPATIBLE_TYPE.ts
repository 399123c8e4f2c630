/** Field type changes keep the wire and JSON encodings. */
import { type FieldKind, describeField, fieldKind } from "../../src/breaking/describe.js";
import { WIRE_JSON_TYPE_GROUP, enumWireCompatible, fieldAt, kindName, typeTarget } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
  categories: { v1: ["WIRE_JSON"], v2: ["WIRE_JSON", "CSR"] },
  summary: "Field type changes keep the wire and JSON encodings.",
  docs: "Under `WIRE_JSON`, a field's type may change only within groups that read the same from bytes and from JSON: `int32`/`uint32`, `int64`/`uint64`, `fixed32`/`sfixed32`, `fixed64`/`sfixed64`. JSON writes 64-bit integers as strings, so `int32` \u2192 `int64` is a change here.\n\nMessage and group fields must keep their type name; an enum field may switch to an enum of the same short name that has all the old values. Otherwise add a new field with a new number.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  int32 qty = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int64 qty = 1;
  ^^^^^ FIELD_WIRE_JSON_COMPATIBLE_TYPE
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
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  uint32 qty = 1;
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    const was = fieldKind(previous);
    const now = fieldKind(current);
    if (WIRE_JSON_TYPE_GROUP[was] !== WIRE_JSON_TYPE_GROUP[now]) {
      
      const same = (Object.keys(WIRE_JSON_TYPE_GROUP) as FieldKind[]).filter((k) => WIRE_JSON_TYPE_GROUP[k] === WIRE_JSON_TYPE_GROUP[was] && k !== was);
      ctx.report(
        typeTarget(current),
        `The type of ${describeField(current)} changed from ${kindName(previous)} to ${kindName(current)}, which encodes differently on the wire or in JSON${''}. Keep ${kindName(previous)}${same.length ? ` (or change only to ${same.join(", ")})` : ""}, or add a new field with a new number.`,
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
