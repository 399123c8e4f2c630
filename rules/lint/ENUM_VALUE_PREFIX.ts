/** Enum value names start with the enum's name in UPPER_SNAKE_CASE. */
import { ENUM_VALUE_NAME } from "../../src/engine/model.js";
import { toUpperSnakeCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "ENUM_VALUE_PREFIX",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "Enum value names start with the enum's name in UPPER_SNAKE_CASE and `_`.",
  docs:
    "Enum values follow C++ scoping: they are siblings of their enum, not children, so two enums in one " +
    "package (or message) cannot both have a value `UNKNOWN`. Prefixing every value with its enum's name " +
    "avoids those collisions and says in generated code which enum a constant belongs to.\n\n" +
    "Start each value with the UPPER_SNAKE_CASE form of the enum's own name and `_` (`enum HTTPStatus` → " +
    "`HTTP_STATUS_OK`). A nested enum uses only its own name, not its parent message's. The value name is " +
    "what JSON sends, so rename before clients depend on it, or keep the old name as an alias.",
  examples: {
    bad: [
      `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  RED = 1;
  ^^^ ENUM_VALUE_PREFIX
  COLORS_BLUE = 2;
  ^^^^^^^^^^^ ENUM_VALUE_PREFIX
}
`,
    ],
    good: [
      `syntax = "proto3";
enum HTTPStatus {
  HTTP_STATUS_UNSPECIFIED = 0;
  HTTP_STATUS_OK = 1;
}
message Shirt {
  enum Size {
    SIZE_UNSPECIFIED = 0;
    SIZE_LARGE = 1;
  }
}
`,
    ],
  },
  target: "enumValue",
  check(value, ctx) {
    const prefix = `${toUpperSnakeCase(value.parent.name)}_`;
    if (value.name.startsWith(prefix)) return;
    ctx.report(
      { element: value, at: [ENUM_VALUE_NAME] },
      `enum value "${value.name}" should start with the enum's prefix "${prefix}": ${prefix}${value.name}`,
    );
  },
});
