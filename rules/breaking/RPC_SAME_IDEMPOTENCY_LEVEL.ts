/** RPCs keep their idempotency level. */
import { MethodOptions_IdempotencyLevel } from "@bufbuild/protobuf/wkt";
import type { Method } from "../../src/engine/model.js";
import { breakingRule } from "../../src/engine/rule.js";

/** The RPC's idempotency level by name (unset = IDEMPOTENCY_UNKNOWN). */
function level(m: Method): string {
  return MethodOptions_IdempotencyLevel[m.proto.options?.idempotencyLevel ?? MethodOptions_IdempotencyLevel.IDEMPOTENCY_UNKNOWN] ?? "IDEMPOTENCY_UNKNOWN";
}

export default breakingRule({
  id: "RPC_SAME_IDEMPOTENCY_LEVEL",
  categories: { v1beta1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v1: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"], v2: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"] },
  summary: "RPCs keep their idempotency level.",
  docs: "`idempotency_level` tells clients and proxies whether an RPC may be retried or sent as HTTP GET; changing it changes how existing clients call it.\n\nRestore the old level (unset is `IDEMPOTENCY_UNKNOWN`). The finding is on the option, or on the file at 1:1 when it was removed.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Req {}
message Resp {}
service OrderService {
  rpc Get(Req) returns (Resp) {
    option idempotency_level = NO_SIDE_EFFECTS;
  }
}
`,
        after: `^ RPC_SAME_IDEMPOTENCY_LEVEL
syntax = "proto3";
package shop.v1;
message Req {}
message Resp {}
service OrderService {
  rpc Get(Req) returns (Resp);
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
    option idempotency_level = IDEMPOTENCY_UNKNOWN;
  }
}
`,
      }
    ],
  },
  target: "method",
  check({ previous, current }, ctx) {
    const was = level(previous);
    const now = level(current);
    if (was === now) return;
    ctx.report(
      { element: current, at: [4, 34], fallback: "none" },
      `The idempotency level of RPC "${current.name}" of service "${current.parent.name}" changed from ${was} to ${now}, which changes how clients may retry or send it. Restore \`option idempotency_level = ${was};\`.`,
    );
  },
});
