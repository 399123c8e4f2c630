/** Messages keep the same required fields. */
import { describeField, nestedName } from "../../src/breaking/describe.js";
import type { Field } from "../../src/engine/model.js";
import { FieldDescriptorProto_Label } from "@bufbuild/protobuf/wkt";
import { breakingRule } from "../../src/engine/rule.js";

/** As buf: the descriptor label decides (an editions LEGACY_REQUIRED field is labelled optional). */
function required(f: Field): boolean {
  return f.proto.label === FieldDescriptorProto_Label.REQUIRED;
}

export default breakingRule({
  id: "MESSAGE_SAME_REQUIRED_FIELDS",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "Messages keep the same required fields.",
  docs: "A message with a required field is invalid without it: adding a required field makes old writers' messages unparseable, and removing one (or making it optional) makes new writers' messages invalid for old readers.\n\nKeep the set of required field numbers as it is. A removed required field is reported on the message, an added one on the field.",
  examples: {
    bad: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Legacy {
  required string id = 1;
  optional string note = 2;
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Legacy {
^ MESSAGE_SAME_REQUIRED_FIELDS
  optional string id = 1;
  required string note = 2;
  ^^^^^^^^^^^^^^^^^^^^^^^^^ MESSAGE_SAME_REQUIRED_FIELDS
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Legacy {
  required string id = 1;
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Legacy {
  required string id = 1;
  optional string note = 2;
}
`,
      }
    ],
  },
  target: "message",
  check({ previous, current }, ctx) {
    if (!previous.fields.some(required) && !current.fields.some(required)) return;
    const was = new Set(previous.fields.filter(required).map((f) => f.number));
    const nowFields = current.fields.filter(required);
    const now = new Set(nowFields.map((f) => f.number));
    for (const number of was) {
      if (now.has(number)) continue;
      ctx.report(
        current,
        `Required field ${number} of message "${nestedName(current)}" is no longer required (or was deleted); old readers reject messages without it. Keep field ${number} required.`,
      );
    }
    for (const field of nowFields) {
      if (was.has(field.number)) continue;
      ctx.report(
        field,
        `${describeField(field)} was added as required; messages from old writers lack it and fail to parse. Make it optional.`.replace(/^./, (c) => c.toUpperCase()),
      );
    }
  },
});
