/** Every field has a leading doc comment. */
import { FieldDescriptorProto_Type } from "@bufbuild/protobuf/wkt";
import { hasDocComment, hasLocation } from "../../src/engine/doc-comment.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "COMMENT_FIELD",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"],
  },
  summary: "Every field has a leading doc comment.",
  docs:
    "Comments above declarations become the documentation of generated code and API references; a schema is " +
    "the contract other teams code against, so every field should say what it means.\n\n" +
    "Write a `//` or `/* */` comment directly above the field, with no blank line in between. Trailing comments " +
    "(after the declaration on the same line), detached comments (separated by a blank line), empty comments " +
    "and comments holding only `buf:lint:ignore` lines do not count. " +
    "Extensions are checked like fields. Group fields are not (their comment belongs to the group's message, " +
    "see COMMENT_MESSAGE), nor the fields of synthesized map entries.",
  examples: {
    bad: [
      `syntax = "proto3";
// A customer order.
message Order {
  string id = 1;
  ^^^^^^^^^^^^^^ COMMENT_FIELD
  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  int64 totalCents = 2;
  ^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
}
`,
    ],
    good: [
      `syntax = "proto3";
// A customer order.
message Order {
  // Server-assigned order ID.
  string id = 1;
  // Labels set by the shop; the synthesized map entry needs no comment.
  map<string, string> labels = 2;
}
`,
    ],
  },
  target: "field",
  // Map entry fields are synthesized; a group's comment is attached to its message, not its field.
  only: (field) => field.parent?.isMapEntry !== true && field.proto.type !== FieldDescriptorProto_Type.GROUP && hasLocation(field),
  check(field, ctx) {
    if (hasDocComment(field)) return;
    ctx.report(field, `${field.isExtension ? "extension" : "field"} "${field.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  },
});
