/** Every rpc has a leading doc comment. */
import { hasDocComment, hasLocation } from "../../src/engine/doc-comment.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "COMMENT_RPC",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"],
  },
  summary: "Every rpc has a leading doc comment.",
  docs:
    "Comments above declarations become the documentation of generated code and API references; a schema is " +
    "the contract other teams code against, so every rpc should say what it means.\n\n" +
    "Write a `//` or `/* */` comment directly above the rpc, with no blank line in between. Trailing comments " +
    "(after the declaration on the same line), detached comments (separated by a blank line), empty comments " +
    "and comments holding only `buf:lint:ignore` lines do not count.",
  examples: {
    bad: [
      `syntax = "proto3";
message PingRequest {}
message PingResponse {}
// Health checks.
service HealthService {
  rpc Ping(PingRequest) returns (PingResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_RPC
}
`,
    ],
    good: [
      `syntax = "proto3";
message PingRequest {}
message PingResponse {}
// Health checks.
service HealthService {
  // Answers as long as the server is up.
  rpc Ping(PingRequest) returns (PingResponse);
}
`,
    ],
  },
  target: "method",
  only: (method) => hasLocation(method),
  check(method, ctx) {
    if (hasDocComment(method)) return;
    ctx.report(method, `rpc "${method.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  },
});
