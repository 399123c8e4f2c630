/** Services are not deleted from a package. */
import { changedFiles } from "../../src/breaking/deletions.js";
import { filesByPackage } from "../../src/breaking/helpers.js";
import type { ProtoFile, Service } from "../../src/engine/model.js";
import { breakingRule } from "../../src/engine/rule.js";

/** Services of a file by name. */
function servicesByName(file: ProtoFile): Map<string, Service> {
  return new Map(file.services.map((s) => [s.name, s]));
}

export default breakingRule({
  id: "PACKAGE_SERVICE_NO_DELETE",
  categories: { v1beta1: ["PACKAGE"], v1: ["PACKAGE"], v2: ["PACKAGE"] },
  summary: "Services are not deleted from a package.",
  docs: "Under `PACKAGE`, a service may move to another file of its package, but deleting it removes its generated code for everyone using the package.\n\nRestore the service somewhere in the package (mark it deprecated instead). The finding is on the service's old file at 1:1, or without a file when that file is gone. Only packages that still exist are checked; a deleted package is `PACKAGE_NO_DELETE`.",
  examples: {
    bad: [
      {
        before: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
message M {}
service OrderService {
  rpc Get(M) returns (M);
}
` } },
        after: { files: { "a.proto": `^ PACKAGE_SERVICE_NO_DELETE
syntax = "proto3";
package shop.v1;
message M {}
` } },
      }
    ],
    good: [
      {
        before: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
message M {}
service OrderService {
  rpc Get(M) returns (M);
}
` } },
        after: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
message M {}
`, "b.proto": `syntax = "proto3";
package shop.v1;
import "a.proto";
service OrderService {
  rpc Get(M) returns (M);
}
` } },
      }
    ],
  },
  target: "files",
  check({ previous, current }, ctx) {
    const now = filesByPackage(current);
    const byName = new Map(current.map((f) => [f.name, f]));
    for (const [pkg, files] of filesByPackage(previous)) {
      const currentFiles = now.get(pkg);
      if (!currentFiles) continue;
      const changed = changedFiles(files, byName, ctx);
      if (changed.length === 0) continue;
      const have = new Set(currentFiles.flatMap((f) => [...servicesByName(f).keys()]));
      for (const file of changed) {
        for (const [name, el] of servicesByName(file)) {
          if (have.has(name)) continue;
          const same = byName.get(el.file.name);
          ctx.report(
            same,
            `Service "${name}" was deleted from package "${pkg}" (it was in "${el.file.name}"); its generated code disappears. Restore it in any file of the package.`,
            { againstFile: el.file },
          );
        }
      }
    }
  },
});
