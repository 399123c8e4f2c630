/** RPCs keep their client streaming. */
import { checkRpcStreaming } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "RPC_SAME_CLIENT_STREAMING",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "RPCs keep their client streaming.",
  docs: "Turning an RPC's request into a stream (or back) changes the generated stub's signature and the call's protocol, so existing callers break.\n\nAdd a new RPC with the other streaming mode instead. The finding is on the RPC.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Req {}
message Resp {}
service OrderService {
  rpc Get(Req) returns (Resp);
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Req {}
message Resp {}
service OrderService {
  rpc Get(stream Req) returns (Resp);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_SAME_CLIENT_STREAMING
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Req {}
message Resp {}
service OrderService {
  rpc Get(Req) returns (Resp);
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Req {}
message Resp {}
service OrderService {
  rpc Get(Req) returns (Resp);
  rpc Watch(stream Req) returns (Resp);
}
`,
      }
    ],
  },
  target: "method",
  check({ previous, current }, ctx) {
    checkRpcStreaming(previous, current, ctx, "client");
  },
});
