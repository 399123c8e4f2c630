/** Every file says which syntax (or edition) it is written in. */
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "SYNTAX_SPECIFIED",
  categories: {
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Every file starts with a `syntax` or `edition` statement.",
  docs:
    "A file without a `syntax` or `edition` statement is silently compiled as proto2, which is rarely what its " +
    "author meant: field presence, default values, enums and JSON mapping all differ from proto3.\n\n" +
    "Write `syntax = \"proto3\";` (or `\"proto2\"`, or `edition = \"2023\";`) as the first statement. The finding " +
    "has no position, so a `buf:lint:ignore` comment cannot silence it. Not available in v1beta1 configurations.",
  examples: {
    bad: [
      `^ SYNTAX_SPECIFIED
package acme.v1;
message Invoice {}
`,
    ],
    good: [
      `syntax = "proto3";
package acme.v1;
message Invoice {}
`,
      `edition = "2023";
package acme.v1;
message Invoice {}
`,
    ],
  },
  target: "file",
  check(file, ctx) {
    if (!file.syntaxUnspecified) return;
    ctx.report(
      file,
      `file has no syntax statement and is compiled as proto2: write syntax = "proto3"; (or "proto2", or an edition) as its first statement`,
    );
  },
});
