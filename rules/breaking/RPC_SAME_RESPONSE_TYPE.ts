/** RPCs keep their response type. */
import { checkRpcType } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "RPC_SAME_RESPONSE_TYPE",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "RPCs keep their response type.",
  docs: "Changing an RPC's response type breaks every caller: generated stubs return another type, and old clients misread the server's answers.\n\nAdd a new RPC with the new response type instead. The finding is on the response type.",
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
  rpc Get(Req) returns (Other);
                        ^^^^^ RPC_SAME_RESPONSE_TYPE
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
  rpc List(Req) returns (Resp);
}
`,
      }
    ],
  },
  target: "method",
  check({ previous, current }, ctx) {
    checkRpcType(previous, current, ctx, "response");
  },
});
