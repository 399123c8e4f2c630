/** Message names are PascalCase. */
import { MESSAGE_NAME } from "../../src/engine/model.js";
import { toPascalCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "MESSAGE_PASCAL_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Message names are PascalCase.",
  docs:
    "Messages become classes and structs in generated code, named in PascalCase by every language's style " +
    "guide; a consistent spelling keeps generated names predictable.\n\n" +
    "Rename the message to its PascalCase form: drop `_`, `-` and `.`, start every word with a capital " +
    "(`user_profile` → `UserProfile`). Capitals already written stay (`HTTPRequest` is fine). Group names are " +
    "checked too; the map entry messages the compiler synthesizes are not.",
  examples: {
    bad: [
      `syntax = "proto3";
message user_profile {
        ^^^^^^^^^^^^ MESSAGE_PASCAL_CASE
  string name = 1;
}
`,
    ],
    good: [
      `syntax = "proto3";
message UserProfile {
  string name = 1;
  map<string, string> labels = 2;
}
message HTTPRequest {}
`,
    ],
  },
  target: "message",
  only: (message) => !message.isMapEntry,
  check(message, ctx) {
    const expected = toPascalCase(message.name);
    if (expected === message.name) return;
    ctx.report({ element: message, at: [MESSAGE_NAME] }, `message "${message.name}" should be PascalCase: ${expected}`, {
      fix: { text: expected },
    });
  },
});
