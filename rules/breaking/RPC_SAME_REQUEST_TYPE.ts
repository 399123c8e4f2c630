/** RPCs keep their request type. */
import { checkRpcType } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "RPC_SAME_REQUEST_TYPE",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "RPCs keep their request type.",
  docs: "Changing an RPC's request type breaks every caller: generated stubs take another type, and old clients send messages the server misreads.\n\nAdd a new RPC with the new request type instead. The finding is on the request type.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Req {}
message Resp {}
message Other {}
service OrderService {
  rpc Get(Req) returns (Resp);
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Req {}
message Resp {}
message Other {}
service OrderService {
  rpc Get(Other) returns (Resp);
          ^^^^^ RPC_SAME_REQUEST_TYPE
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
  rpc Get(Req) returns (Resp) {
    option deprecated = true;
  }
}
`,
      }
    ],
  },
  target: "method",
  check({ previous, current }, ctx) {
    checkRpcType(previous, current, ctx, "request");
  },
});
