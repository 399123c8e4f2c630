/** Every message has a leading doc comment. */
import { hasDocComment, hasLocation } from "../../src/engine/doc-comment.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "COMMENT_MESSAGE",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"],
  },
  summary: "Every message has a leading doc comment.",
  docs:
    "Comments above declarations become the documentation of generated code and API references; a schema is " +
    "the contract other teams code against, so every message should say what it means.\n\n" +
    "Write a `//` or `/* */` comment directly above the message, with no blank line in between. Trailing comments " +
    "(after the declaration on the same line), detached comments (separated by a blank line), empty comments " +
    "and comments holding only `buf:lint:ignore` lines do not count. " +
    "Groups are messages and are checked here; the map entry messages the compiler synthesizes are not.",
  examples: {
    bad: [
      `syntax = "proto3";
message Order {}
^^^^^^^^^^^^^^^^ COMMENT_MESSAGE
`,
    ],
    good: [
      `syntax = "proto3";
// A customer order.
message Order {
  // Labels set by the shop; the synthesized map entry needs no comment.
  map<string, string> labels = 1;
}
`,
    ],
  },
  target: "message",
  only: (message) => !message.isMapEntry && hasLocation(message),
  check(message, ctx) {
    if (hasDocComment(message)) return;
    ctx.report(message, `message "${message.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  },
});
