/** Every RPC has request and response types of its own, used by no other RPC. */
import type { Method } from "../../src/engine/model.js";
import { toPascalCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

const EMPTY = "google.protobuf.Empty";

/** `Service.Rpc` names of methods for messages: sorted, the first three, then how many more. */
function rpcNames(methods: readonly Method[]): string {
  const names = methods.map((m) => `${m.parent.name}.${m.name}`).sort();
  return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

export default lintRule({
  id: "RPC_REQUEST_RESPONSE_UNIQUE",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "Each RPC has its own request and response messages, not shared with other RPCs or with each other.",
  docs:
    "When RPCs share a message, or one message is both request and response, adding a field for one call " +
    "changes the others too: the new field shows up where it means nothing, and the calls can no longer " +
    "evolve apart.\n\n" +
    "Give every RPC its own `<Rpc>Request` and `<Rpc>Response` messages, and put shared data inside them " +
    "(`message GetUserResponse { User user = 1; }`). The rule looks across all linted files and services. " +
    "buf.yaml options relax it: `lint.rpc_allow_same_request_response` allows one type as both request and " +
    "response of an RPC; `lint.rpc_allow_google_protobuf_empty_requests` / `_responses` let any number of " +
    "RPCs take / return `google.protobuf.Empty` (with only one of them set, sharing Empty on the other side is " +
    "still reported; an RPC taking and returning Empty needs both). Every RPC involved is reported.",
  examples: {
    bad: [
      `syntax = "proto3";
message User {}
message GetUserRequest {}
service UserService {
  rpc GetUser(GetUserRequest) returns (User);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
  rpc UpdateUser(User) returns (User);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
}
`,
    ],
    good: [
      `syntax = "proto3";
message GetUserRequest {}
message GetUserResponse {}
message UpdateUserRequest {}
message UpdateUserResponse {}
service UserService {
  rpc GetUser(GetUserRequest) returns (GetUserResponse);
  rpc UpdateUser(UpdateUserRequest) returns (UpdateUserResponse);
}
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
import "google/protobuf/empty.proto";
service HealthService {
  rpc Ping(google.protobuf.Empty) returns (google.protobuf.Empty);
  rpc Ready(google.protobuf.Empty) returns (google.protobuf.Empty);
}
`,
        },
        config: { rpc_allow_google_protobuf_empty_requests: true, rpc_allow_google_protobuf_empty_responses: true },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const { rpcAllowSameRequestResponse, rpcAllowGoogleProtobufEmptyRequests: emptyIn, rpcAllowGoogleProtobufEmptyResponses: emptyOut } =
      ctx.options;
    const methods = files.flatMap((f) => f.services.flatMap((s) => s.methods));

    if (!rpcAllowSameRequestResponse) {
      for (const m of methods) {
        if (m.inputType !== m.outputType || (m.inputType === EMPTY && emptyIn && emptyOut)) continue;
        const p = toPascalCase(m.name);
        ctx.report(m, `rpc "${m.name}" uses "${m.inputType}" as both request and response; give it its own ${p}Request and ${p}Response messages`);
      }
    }

    // Type → the RPCs using it as request or response (an RPC using it on both sides counts once).
    const users = new Map<string, Method[]>();
    for (const m of methods) {
      for (const type of new Set([m.inputType, m.outputType])) {
        const list = users.get(type);
        if (list) list.push(m);
        else users.set(type, [m]);
      }
    }
    for (const [type, using] of users) {
      if (using.length < 2) continue;
      if (type === EMPTY && (emptyIn || emptyOut)) {
        if (emptyIn && emptyOut) continue;
        const side = emptyIn ? "response" : "request";
        const shared = using.filter((m) => (side === "request" ? m.inputType : m.outputType) === EMPTY);
        if (shared.length < 2) continue;
        const names = rpcNames(shared);
        const option = side === "request" ? "rpc_allow_google_protobuf_empty_requests" : "rpc_allow_google_protobuf_empty_responses";
        for (const m of shared) {
          const own = `${toPascalCase(m.name)}${side === "request" ? "Request" : "Response"}`;
          ctx.report(
            m,
            `"${EMPTY}" is the ${side} of ${shared.length} RPCs (${names}); give rpc "${m.name}" its own ${own} message, or set ${option}`,
          );
        }
        continue;
      }
      const names = rpcNames(using);
      for (const m of using) {
        const p = toPascalCase(m.name);
        ctx.report(
          m,
          `"${type}" is the request or response of ${using.length} RPCs (${names}); give rpc "${m.name}" its own ${p}Request and ${p}Response messages`,
        );
      }
    }
  },
});
