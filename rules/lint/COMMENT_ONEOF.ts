/** Every oneof has a leading doc comment. */
import { hasDocComment, hasLocation } from "../../src/engine/doc-comment.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "COMMENT_ONEOF",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"],
  },
  summary: "Every oneof has a leading doc comment.",
  docs:
    "Comments above declarations become the documentation of generated code and API references; a schema is " +
    "the contract other teams code against, so every oneof should say what it means.\n\n" +
    "Write a `//` or `/* */` comment directly above the oneof, with no blank line in between. Trailing comments " +
    "(after the declaration on the same line), detached comments (separated by a blank line), empty comments " +
    "and comments holding only `buf:lint:ignore` lines do not count. " +
    "The synthetic oneof protoc creates for a proto3 `optional` field is not checked.",
  examples: {
    bad: [
      `syntax = "proto3";
// A payment.
message Payment {
  oneof method { string card = 1; string iban = 2; }
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_ONEOF
}
`,
    ],
    good: [
      `syntax = "proto3";
// A payment.
message Payment {
  // How the customer pays.
  oneof method { string card = 1; string iban = 2; }
  // The synthetic oneof of a proto3 optional field needs no comment.
  optional string note = 3;
}
`,
    ],
  },
  target: "oneof",
  // The synthetic oneof of a proto3 `optional` field is not a oneof anyone wrote.
  only: (oneof) => !oneof.synthetic && hasLocation(oneof),
  check(oneof, ctx) {
    if (hasDocComment(oneof)) return;
    ctx.report(oneof, `oneof "${oneof.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  },
});
