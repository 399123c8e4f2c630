/** Services are not deleted from a file. */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "SERVICE_NO_DELETE",
  categories: { v1beta1: ["FILE"], v1: ["FILE"], v2: ["FILE"] },
  summary: "Services are not deleted from a file.",
  docs: "Deleting a service deletes its generated client and server: callers stop compiling, and old clients get `UNIMPLEMENTED` at run time. Moving it to another file counts as deleting it under `FILE`.\n\nRestore the service and mark it `option deprecated = true;` until nobody calls it. The finding is on the file at 1:1 (buf has no span on the current side for a deleted service).",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message M {}
service OrderService {
  rpc Get(M) returns (M);
}
`,
        after: `^ SERVICE_NO_DELETE
syntax = "proto3";
package shop.v1;
message M {}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message M {}
`,
        after: `syntax = "proto3";
package shop.v1;
message M {}
service OrderService {
  rpc Get(M) returns (M);
}
`,
      }
    ],
  },
  target: "file",
  check({ previous, current }, ctx) {
    const now = new Set(current.services.map((s) => s.name));
    for (const s of previous.services) {
      if (now.has(s.name)) continue;
      ctx.report(current, `Service "${s.name}" was deleted from this file; its generated client and server disappear. Restore it (mark it deprecated until no client calls it).`);
    }
  },
});
