/** No RPC of a service disappears (paired by service full name and method name). */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "RPC_NO_DELETE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "RPCs are not deleted from services.",
  docs:
    "Deleting an RPC removes it from generated clients and servers: callers stop compiling, and old clients " +
    "get `UNIMPLEMENTED` at run time. Renaming an RPC counts as deleting it.\n\n" +
    "Keep the RPC and mark it `option deprecated = true;` until no client calls it. The finding is on the " +
    "service that lost the RPC.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message M {}
service OrderService {
  rpc Get(M) returns (M);
  rpc Cancel(M) returns (M);
}
`,
        after: `syntax = "proto3";
package shop.v1;
message M {}
service OrderService {
^ RPC_NO_DELETE
  rpc Get(M) returns (M);
}
`,
      },
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message M {}
service OrderService {
  rpc Get(M) returns (M);
}
`,
        after: `syntax = "proto3";
package shop.v1;
message M {}
service OrderService {
  rpc Get(M) returns (M);
  rpc Cancel(M) returns (M) { option deprecated = true; }
}
`,
      },
    ],
  },
  target: "service",
  check({ previous, current }, ctx) {
    const now = new Set(current.methods.map((m) => m.name));
    for (const method of previous.methods) {
      if (now.has(method.name)) continue;
      ctx.report(
        current,
        `RPC "${method.name}" was deleted from service "${current.name}"; clients calling it break. Restore it (mark it deprecated instead of deleting it).`,
      );
    }
  },
});
