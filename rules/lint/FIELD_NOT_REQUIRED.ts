/** No field is required (proto2 `required` or editions `LEGACY_REQUIRED`). */
import { FeatureSet_FieldPresence, FieldDescriptorProto_Label } from "@bufbuild/protobuf/wkt";
import { FIELD_NAME } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "FIELD_NOT_REQUIRED",
  categories: {
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Fields are not required (`required`, `features.field_presence = LEGACY_REQUIRED`).",
  docs:
    "A required field can never be removed or made optional: every reader built with the old schema rejects " +
    "messages without it, so the field outlives its use forever. Protobuf's own guidance is to never add " +
    "required fields, and proto3 dropped them.\n\n" +
    "Make the field optional (`optional` in proto2, drop `features.field_presence = LEGACY_REQUIRED` in " +
    "editions) and check for presence in application code or with a protovalidate `required` rule. Changing " +
    "an existing required field is itself breaking for old readers, so plan the migration. The finding " +
    "points at the field name.",
  examples: {
    bad: [
      `syntax = "proto2";
message Order {
  required string id = 1;
                  ^^ FIELD_NOT_REQUIRED
}
`,
      `edition = "2023";
message Order {
  string id = 1 [features.field_presence = LEGACY_REQUIRED];
         ^^ FIELD_NOT_REQUIRED
}
`,
    ],
    good: [
      `syntax = "proto2";
message Order {
  optional string id = 1;
}
`,
    ],
  },
  target: "field",
  check(field, ctx) {
    const required =
      field.proto.label === FieldDescriptorProto_Label.REQUIRED ||
      field.proto.options?.features?.fieldPresence === FeatureSet_FieldPresence.LEGACY_REQUIRED;
    if (!required) return;
    const how = field.file.syntax === "editions" ? "remove features.field_presence = LEGACY_REQUIRED" : 'use "optional" instead of "required"';
    ctx.report({ element: field, at: [FIELD_NAME] }, `field "${field.name}" should not be required (it can never be removed); ${how}`);
  },
});
