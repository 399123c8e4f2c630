/** RPC request messages are named `<Rpc>Request` or `<Service><Rpc>Request`. */
import { METHOD_INPUT_TYPE } from "../../src/engine/model.js";
import { toPascalCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "RPC_REQUEST_STANDARD_NAME",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "Request messages are named after their RPC: `GetUserRequest` or `UserServiceGetUserRequest`.",
  docs:
    "A request message of its own per RPC, named after it, can gain fields later without touching other " +
    "RPCs, and tells readers at once which call a message belongs to.\n\n" +
    "Name the request type `<Rpc>Request` or `<Service><Rpc>Request`, with the RPC and service names in " +
    "PascalCase (`rpc GetUser` in `UserService` → `GetUserRequest` or `UserServiceGetUserRequest`). Only the " +
    "type's own name is compared, not its package. `google.protobuf.Empty` passes only with " +
    "`lint.rpc_allow_google_protobuf_empty_requests: true`; a dedicated empty message is the better choice, " +
    "since it can grow. The finding points at the request type.",
  examples: {
    bad: [
      `syntax = "proto3";
message User {}
message GetUserResponse {}
service UserService {
  rpc GetUser(User) returns (GetUserResponse);
              ^^^^ RPC_REQUEST_STANDARD_NAME
}
`,
    ],
    good: [
      `syntax = "proto3";
message GetUserRequest {}
message GetUserResponse {}
message UserServiceListUsersRequest {}
message ListUsersResponse {}
service UserService {
  rpc GetUser(GetUserRequest) returns (GetUserResponse);
  rpc ListUsers(UserServiceListUsersRequest) returns (ListUsersResponse);
}
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
import "google/protobuf/empty.proto";
message PingResponse {}
service HealthService {
  rpc Ping(google.protobuf.Empty) returns (PingResponse);
}
`,
        },
        config: { rpc_allow_google_protobuf_empty_requests: true },
      },
    ],
  },
  target: "method",
  only: (method, ctx) => !(ctx.options.rpcAllowGoogleProtobufEmptyRequests && method.inputType === "google.protobuf.Empty"),
  check(method, ctx) {
    const name = method.inputType.slice(method.inputType.lastIndexOf(".") + 1);
    const short = `${toPascalCase(method.name)}Request`;
    const long = `${toPascalCase(method.parent.name)}${short}`;
    if (name === short || name === long) return;
    ctx.report(
      { element: method, at: [METHOD_INPUT_TYPE] },
      `rpc "${method.name}" takes "${name}"; name its request message ${short} (or ${long})`,
    );
  },
});
