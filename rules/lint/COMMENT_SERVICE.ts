/** Every service has a leading doc comment. */
import { hasDocComment, hasLocation } from "../../src/engine/doc-comment.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "COMMENT_SERVICE",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"],
  },
  summary: "Every service has a leading doc comment.",
  docs:
    "Comments above declarations become the documentation of generated code and API references; a schema is " +
    "the contract other teams code against, so every service should say what it means.\n\n" +
    "Write a `//` or `/* */` comment directly above the service, with no blank line in between. Trailing comments " +
    "(after the declaration on the same line), detached comments (separated by a blank line), empty comments " +
    "and comments holding only `buf:lint:ignore` lines do not count.",
  examples: {
    bad: [
      `syntax = "proto3";
service HealthService {}
^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_SERVICE
`,
    ],
    good: [
      `syntax = "proto3";
// Health checks for load balancers.
service HealthService {}
`,
    ],
  },
  target: "service",
  only: (service) => hasLocation(service),
  check(service, ctx) {
    if (hasDocComment(service)) return;
    ctx.report(service, `service "${service.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  },
});
