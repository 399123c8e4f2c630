/** Enum values numbered 0 end with the configured suffix (`_UNSPECIFIED`). */
import { ENUM_VALUE_NAME } from "../../src/engine/model.js";
import { toUpperSnakeCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "ENUM_ZERO_VALUE_SUFFIX",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "Enum values numbered 0 end with `_UNSPECIFIED` (configurable).",
  docs:
    "The zero value is what a reader sees when the field was never set: in proto3 an unset enum field reads " +
    "as 0, and unknown values of open enums may too. Naming it `…_UNSPECIFIED` keeps \"not set\" from being " +
    "mistaken for a real choice such as `COLOR_RED`.\n\n" +
    "Rename the zero value to end with the suffix, usually the enum's prefix plus the suffix " +
    "(`COLOR_UNSPECIFIED`), and give the real choice a new number. Every value numbered 0 is checked, aliases " +
    "included. The suffix is `lint.enum_zero_value_suffix` in buf.yaml (default `_UNSPECIFIED`; an empty value " +
    "means the default). Only the suffix is tested; the prefix is ENUM_VALUE_PREFIX's business.",
  examples: {
    bad: [
      `syntax = "proto3";
enum Color {
  COLOR_RED = 0;
  ^^^^^^^^^ ENUM_ZERO_VALUE_SUFFIX
  COLOR_BLUE = 1;
}
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  ^^^^^^^^^^^^^^^^^ ENUM_ZERO_VALUE_SUFFIX
}
`,
        },
        config: { enum_zero_value_suffix: "_NONE" },
      },
    ],
    good: [
      `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  COLOR_RED = 1;
}
`,
      {
        files: { "example.proto": `syntax = "proto3";\nenum Color {\n  COLOR_NONE = 0;\n}\n` },
        config: { enum_zero_value_suffix: "_NONE" },
      },
    ],
  },
  target: "enumValue",
  only: (value) => value.number === 0,
  check(value, ctx) {
    const suffix = ctx.options.enumZeroValueSuffix;
    if (value.name.endsWith(suffix)) return;
    const suggestion = suffix.startsWith("_") ? `${toUpperSnakeCase(value.parent.name)}${suffix}` : `${value.name}${suffix}`;
    ctx.report(
      { element: value, at: [ENUM_VALUE_NAME] },
      `enum value "${value.name}" is the zero value and should end with "${suffix}", e.g. ${suggestion}`,
    );
  },
});
