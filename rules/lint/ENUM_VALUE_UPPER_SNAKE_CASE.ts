/** Enum value names are UPPER_SNAKE_CASE. */
import { ENUM_VALUE_NAME } from "../../src/engine/model.js";
import { toUpperSnakeCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "ENUM_VALUE_UPPER_SNAKE_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Enum value names are UPPER_SNAKE_CASE.",
  docs:
    "Enum values become constants in generated code, and the protobuf style guide spells constants in " +
    "UPPER_SNAKE_CASE; the names are also what JSON carries, so one spelling avoids surprises.\n\n" +
    "Rename the value to its UPPER_SNAKE_CASE form: capitals, words separated by a single `_`, no leading or " +
    "trailing `_` (`COLOR_darkRed` → `COLOR_DARK_RED`, `COLOR__RED` → `COLOR_RED`). Digits do not start a new " +
    "word, so `COLOR_V2` and `COLOR_2V` are both fine. The name is what the JSON encoding sends, so rename " +
    "before clients depend on it (or keep the old name as an alias).",
  examples: {
    bad: [
      `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  COLOR_darkRed = 1;
  ^^^^^^^^^^^^^ ENUM_VALUE_UPPER_SNAKE_CASE
  COLOR__BLUE = 2;
  ^^^^^^^^^^^ ENUM_VALUE_UPPER_SNAKE_CASE
}
`,
    ],
    good: [
      `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  COLOR_DARK_RED = 1;
  COLOR_V2 = 2;
}
`,
    ],
  },
  target: "enumValue",
  check(value, ctx) {
    const expected = toUpperSnakeCase(value.name);
    if (expected === value.name) return;
    ctx.report({ element: value, at: [ENUM_VALUE_NAME] }, `enum value "${value.name}" should be UPPER_SNAKE_CASE: ${expected}`, {
      fix: { text: expected },
    });
  },
});
