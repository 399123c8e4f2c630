/** Enum names are PascalCase. */
import { ENUM_NAME } from "../../src/engine/model.js";
import { toPascalCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "ENUM_PASCAL_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Enum names are PascalCase.",
  docs:
    "Enums become types in generated code, and every language's style guide names types in PascalCase; " +
    "one spelling across the schema also keeps generated names predictable.\n\n" +
    "Rename the enum to its PascalCase form: drop `_`, `-` and `.`, start every word with a capital " +
    "(`order_status` → `OrderStatus`). Capitals already written stay (`HTTPMethod` is fine). Renaming an enum " +
    "is wire-compatible but breaks generated code and JSON type URLs, so do it before the API is published.",
  examples: {
    bad: [
      `syntax = "proto3";
enum order_status {
     ^^^^^^^^^^^^ ENUM_PASCAL_CASE
  ORDER_STATUS_UNSPECIFIED = 0;
}
`,
    ],
    good: [
      `syntax = "proto3";
enum OrderStatus {
  ORDER_STATUS_UNSPECIFIED = 0;
}
enum HTTPMethod {
  HTTP_METHOD_UNSPECIFIED = 0;
}
`,
    ],
  },
  target: "enum",
  check(enumType, ctx) {
    const expected = toPascalCase(enumType.name);
    if (expected === enumType.name) return;
    ctx.report({ element: enumType, at: [ENUM_NAME] }, `enum "${enumType.name}" should be PascalCase: ${expected}`, {
      fix: { text: expected },
    });
  },
});
