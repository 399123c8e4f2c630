/** RPC names are PascalCase. */
import { METHOD_NAME } from "../../src/engine/model.js";
import { toPascalCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "RPC_PASCAL_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "RPC names are PascalCase.",
  docs:
    "RPC names become method names in generated clients and servers and appear in request URLs " +
    "(`/acme.v1.UserService/GetUser`); PascalCase is the convention every protobuf style guide uses.\n\n" +
    "Rename the RPC to its PascalCase form: drop `_`, `-` and `.`, start every word with a capital " +
    "(`get_user` → `GetUser`). The name is on the wire, so rename before clients call it.",
  examples: {
    bad: [
      `syntax = "proto3";
message GetUserRequest {}
message GetUserResponse {}
service UserService {
  rpc get_user(GetUserRequest) returns (GetUserResponse);
      ^^^^^^^^ RPC_PASCAL_CASE
}
`,
    ],
    good: [
      `syntax = "proto3";
message GetUserRequest {}
message GetUserResponse {}
service UserService {
  rpc GetUser(GetUserRequest) returns (GetUserResponse);
}
`,
    ],
  },
  target: "method",
  check(method, ctx) {
    const expected = toPascalCase(method.name);
    if (expected === method.name) return;
    ctx.report({ element: method, at: [METHOD_NAME] }, `rpc "${method.name}" should be PascalCase: ${expected}`, {
      fix: { text: expected },
    });
  },
});
