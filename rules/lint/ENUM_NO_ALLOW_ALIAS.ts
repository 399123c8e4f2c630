/** Enums do not set `allow_alias`. */
import { ENUM_OPTIONS } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";

/** EnumOptions.allow_alias. */
const ENUM_OPTIONS_ALLOW_ALIAS = 2;

export default lintRule({
  id: "ENUM_NO_ALLOW_ALIAS",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Enums do not allow aliases (`option allow_alias = true`).",
  docs:
    "With aliases, several names share one number. On the wire only the number travels, so a reader cannot " +
    "tell which name was meant; JSON and text formats print just one of the names, and generated code in " +
    "some languages cannot switch over aliased constants.\n\n" +
    "Remove `option allow_alias = true;` and give every value its own number. To rename a value without " +
    "breaking JSON clients, add the new value with a new number and deprecate the old one instead of " +
    "aliasing it. The finding points at the option.",
  examples: {
    bad: [
      `syntax = "proto3";
enum Status {
  option allow_alias = true;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^ ENUM_NO_ALLOW_ALIAS
  STATUS_UNSPECIFIED = 0;
  STATUS_STARTED = 1;
  STATUS_RUNNING = 1;
}
`,
    ],
    good: [
      `syntax = "proto3";
enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_STARTED = 1;
  STATUS_RUNNING = 2 [deprecated = true];
}
`,
    ],
  },
  target: "enum",
  only: (enumType) => enumType.proto.options?.allowAlias === true,
  check(enumType, ctx) {
    ctx.report(
      { element: enumType, at: [ENUM_OPTIONS, ENUM_OPTIONS_ALLOW_ALIAS] },
      `enum "${enumType.name}" allows aliases; remove "option allow_alias = true" and give each value its own number`,
    );
  },
});
