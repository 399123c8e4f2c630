/** Field and extension names are lower_snake_case. */
import { FieldDescriptorProto_Type } from "@bufbuild/protobuf/wkt";
import { FIELD_NAME } from "../../src/engine/model.js";
import { toLowerSnakeCase, toPascalCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "FIELD_LOWER_SNAKE_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Field and extension names are lower_snake_case.",
  docs:
    "protoc derives each language's accessor names (`getUserName()`, `user_name`, `UserName`) and the JSON " +
    "name (`userName`) from a lower_snake_case field name; other spellings give odd accessors and JSON names " +
    "that differ from what readers expect.\n\n" +
    "Rename the field to its lower_snake_case form: lower case, words separated by a single `_`, no leading or " +
    "trailing `_` (`userName` → `user_name`, `HTTPCode` → `http_code`). Digits do not start a new word " +
    "(`field1` and `field_1` are both fine). A group field's name is the lower-cased group name, so a group " +
    "named `My__Group` fails here too. Renaming a field is wire-compatible but changes its JSON name; add " +
    "`json_name` with the old spelling if JSON clients exist.",
  examples: {
    bad: [
      `syntax = "proto3";
message User {
  string userName = 1;
         ^^^^^^^^ FIELD_LOWER_SNAKE_CASE
  string _email = 2;
         ^^^^^^ FIELD_LOWER_SNAKE_CASE
}
`,
    ],
    good: [
      `syntax = "proto3";
message User {
  string user_name = 1;
  string email2 = 2;
  map<string, string> labels = 3;
}
`,
    ],
  },
  target: "field",
  // Map entry fields (`key`, `value`) are synthesized; nobody can rename them.
  only: (field) => field.parent?.isMapEntry !== true,
  check(field, ctx) {
    const expected = toLowerSnakeCase(field.name);
    if (expected === field.name) return;
    if (field.proto.type === FieldDescriptorProto_Type.GROUP) {
      // The span is the group's name; the field's name is that name lower-cased, so fix the group.
      const group = field.typeName?.slice(field.typeName.lastIndexOf(".") + 1) ?? field.name;
      const rename = toPascalCase(group);
      ctx.report(
        { element: field, at: [FIELD_NAME] },
        `group "${group}" makes a field named "${field.name}", which is not lower_snake_case; rename the group to ${rename}`,
        { fix: { text: rename } },
      );
      return;
    }
    const kind = field.isExtension ? "extension" : "field";
    ctx.report({ element: field, at: [FIELD_NAME] }, `${kind} "${field.name}" should be lower_snake_case: ${expected}`, {
      fix: { text: expected },
    });
  },
});
