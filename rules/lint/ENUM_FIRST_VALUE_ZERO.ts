/** The first value declared in an enum is numbered 0. */
import { ENUM_VALUE_NUMBER } from "../../src/engine/model.js";
import { toUpperSnakeCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "ENUM_FIRST_VALUE_ZERO",
  categories: {
    v1beta1: ["OTHER"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "The first value of every enum is numbered 0.",
  docs:
    "The first declared value is the enum's default: an unset proto2 field reads as it. When it is not 0, " +
    "proto2 and proto3 disagree on the default, and moving the enum to proto3 or editions open enums (which " +
    "require a first value of 0) becomes a breaking change. proto3 compilers already reject this, so the rule " +
    "matters for proto2 and closed editions enums.\n\n" +
    "Declare a value numbered 0 first, usually `<ENUM>_UNSPECIFIED = 0;`. The finding points at the number of " +
    "the first value.",
  examples: {
    bad: [
      `syntax = "proto2";
enum Kind {
  KIND_ONE = 1;
             ^ ENUM_FIRST_VALUE_ZERO
  KIND_UNSPECIFIED = 0;
}
`,
    ],
    good: [
      `syntax = "proto2";
enum Kind {
  KIND_UNSPECIFIED = 0;
  KIND_ONE = 1;
}
`,
    ],
  },
  target: "enum",
  only: (enumType) => enumType.values.length > 0,
  check(enumType, ctx) {
    const first = enumType.values[0]!;
    if (first.number === 0) return;
    const zero = `${toUpperSnakeCase(enumType.name)}${ctx.options.enumZeroValueSuffix}`;
    ctx.report(
      { element: first, at: [ENUM_VALUE_NUMBER] },
      `the first value of enum "${enumType.name}" is "${first.name}" = ${first.number}; declare a value numbered 0 first, e.g. ${zero} = 0`,
    );
  },
});
