/** Every enum has a leading doc comment. */
import { hasDocComment, hasLocation } from "../../src/engine/doc-comment.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "COMMENT_ENUM",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"],
  },
  summary: "Every enum has a leading doc comment.",
  docs:
    "Comments above declarations become the documentation of generated code and API references; a schema is " +
    "the contract other teams code against, so every enum should say what it means.\n\n" +
    "Write a `//` or `/* */` comment directly above the enum, with no blank line in between. Trailing comments " +
    "(after the declaration on the same line), detached comments (separated by a blank line), empty comments " +
    "and comments holding only `buf:lint:ignore` lines do not count.",
  examples: {
    bad: [
      `syntax = "proto3";
// detached: a blank line follows

enum Color {
^ COMMENT_ENUM
  COLOR_UNSPECIFIED = 0;
}
enum Size { SIZE_UNSPECIFIED = 0; } // trailing
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_ENUM
`,
    ],
    good: [
      `syntax = "proto3";
// Color of a product, as shown in the catalog.
enum Color {
  COLOR_UNSPECIFIED = 0;
}
`,
    ],
  },
  target: "enum",
  only: (enumType) => hasLocation(enumType),
  check(enumType, ctx) {
    if (hasDocComment(enumType)) return;
    ctx.report(enumType, `enum "${enumType.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  },
});
