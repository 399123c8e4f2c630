/** RPC response messages are named `<Rpc>Response` or `<Service><Rpc>Response`. */
import { METHOD_OUTPUT_TYPE } from "../../src/engine/model.js";
import { toPascalCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "RPC_RESPONSE_STANDARD_NAME",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "Response messages are named after their RPC: `GetUserResponse` or `UserServiceGetUserResponse`.",
  docs:
    "A response message of its own per RPC, named after it, can gain fields later (pagination tokens, " +
    "metadata) without touching other RPCs, and tells readers at once which call a message belongs to.\n\n" +
    "Name the response type `<Rpc>Response` or `<Service><Rpc>Response`, with the RPC and service names in " +
    "PascalCase (`rpc GetUser` in `UserService` → `GetUserResponse` or `UserServiceGetUserResponse`); wrap a " +
    "domain message in it (`message GetUserResponse { User user = 1; }`) rather than returning it directly. " +
    "Only the type's own name is compared, not its package. `google.protobuf.Empty` passes only with " +
    "`lint.rpc_allow_google_protobuf_empty_responses: true`. The finding points at the response type.",
  examples: {
    bad: [
      `syntax = "proto3";
message GetUserRequest {}
message User {}
service UserService {
  rpc GetUser(GetUserRequest) returns (User);
                                       ^^^^ RPC_RESPONSE_STANDARD_NAME
}
`,
    ],
    good: [
      `syntax = "proto3";
message User {}
message GetUserRequest {}
message GetUserResponse { User user = 1; }
service UserService {
  rpc GetUser(GetUserRequest) returns (GetUserResponse);
}
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
import "google/protobuf/empty.proto";
message DeleteUserRequest {}
service UserService {
  rpc DeleteUser(DeleteUserRequest) returns (google.protobuf.Empty);
}
`,
        },
        config: { rpc_allow_google_protobuf_empty_responses: true },
      },
    ],
  },
  target: "method",
  only: (method, ctx) => !(ctx.options.rpcAllowGoogleProtobufEmptyResponses && method.outputType === "google.protobuf.Empty"),
  check(method, ctx) {
    const name = method.outputType.slice(method.outputType.lastIndexOf(".") + 1);
    const short = `${toPascalCase(method.name)}Response`;
    const long = `${toPascalCase(method.parent.name)}${short}`;
    if (name === short || name === long) return;
    ctx.report(
      { element: method, at: [METHOD_OUTPUT_TYPE] },
      `rpc "${method.name}" returns "${name}"; name its response message ${short} (or ${long})`,
    );
  },
});
