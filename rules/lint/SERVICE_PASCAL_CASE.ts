/** Service names are PascalCase. */
import { SERVICE_NAME } from "../../src/engine/model.js";
import { toPascalCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "SERVICE_PASCAL_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Service names are PascalCase.",
  docs:
    "Services become client and server types in generated code and appear in every request URL " +
    "(`/acme.v1.UserService/GetUser`); PascalCase matches the style of every target language.\n\n" +
    "Rename the service to its PascalCase form: drop `_`, `-` and `.`, start every word with a capital " +
    "(`user_service` → `UserService`). The name is part of the wire protocol of gRPC and Connect, so rename " +
    "before clients depend on it.",
  examples: {
    bad: [
      `syntax = "proto3";
service user_service {}
        ^^^^^^^^^^^^ SERVICE_PASCAL_CASE
`,
    ],
    good: [
      `syntax = "proto3";
service UserService {}
`,
    ],
  },
  target: "service",
  check(service, ctx) {
    const expected = toPascalCase(service.name);
    if (expected === service.name) return;
    ctx.report({ element: service, at: [SERVICE_NAME] }, `service "${service.name}" should be PascalCase: ${expected}`, {
      fix: { text: expected },
    });
  },
});
