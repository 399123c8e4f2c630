/** Every enum value has a leading doc comment. */
import { hasDocComment, hasLocation } from "../../src/engine/doc-comment.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "COMMENT_ENUM_VALUE",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"],
  },
  summary: "Every enum value has a leading doc comment.",
  docs:
    "Comments above declarations become the documentation of generated code and API references; a schema is " +
    "the contract other teams code against, so every enum value should say what it means.\n\n" +
    "Write a `//` or `/* */` comment directly above the enum value, with no blank line in between. Trailing comments " +
    "(after the declaration on the same line), detached comments (separated by a blank line), empty comments " +
    "and comments holding only `buf:lint:ignore` lines do not count.",
  examples: {
    bad: [
      `syntax = "proto3";
// Color of a product.
enum Color {
  COLOR_UNSPECIFIED = 0;
  ^^^^^^^^^^^^^^^^^^^^^^ COMMENT_ENUM_VALUE
  //
  COLOR_RED = 1;
  ^^^^^^^^^^^^^^ COMMENT_ENUM_VALUE
}
`,
    ],
    good: [
      `syntax = "proto3";
// Color of a product.
enum Color {
  // No color chosen.
  COLOR_UNSPECIFIED = 0;
  /* Red, #ff0000. */
  COLOR_RED = 1;
}
`,
    ],
  },
  target: "enumValue",
  only: (value) => hasLocation(value),
  check(value, ctx) {
    if (hasDocComment(value)) return;
    ctx.report(value, `enum value "${value.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  },
});
