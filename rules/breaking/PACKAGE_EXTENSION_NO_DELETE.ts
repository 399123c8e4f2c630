/** Extensions are not deleted from a package. */
import { reportPackageDeletions } from "../../src/breaking/deletions.js";
import { deletedElementTarget, extensionsByNestedName } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "PACKAGE_EXTENSION_NO_DELETE",
  categories: { v2: ["PACKAGE"] },
  summary: "Extensions are not deleted from a package.",
  docs: "Under `PACKAGE`, a extension may move to another file of its package, but deleting it removes its generated code for everyone using the package.\n\nRestore the extension somewhere in the package (mark it deprecated instead). A deleted extension declared in a message is reported on that message when it still exists in the old file; otherwise on the old file at 1:1, or without a file when that file is gone. As in buf, a package that no longer has any extension is not checked. Only packages that still exist are checked; a deleted package is `PACKAGE_NO_DELETE`.",
  examples: {
    bad: [
      {
        before: { files: { "a.proto": `syntax = "proto2";
package shop.v1;
message Base {
  extensions 100 to 200;
}
extend Base {
  optional string note = 100;
  optional string memo = 101;
}
` } },
        after: { files: { "a.proto": `^ PACKAGE_EXTENSION_NO_DELETE
syntax = "proto2";
package shop.v1;
message Base {
  extensions 100 to 200;
}
extend Base {
  optional string memo = 101;
}
` } },
      }
    ],
    good: [
      {
        before: { files: { "a.proto": `syntax = "proto2";
package shop.v1;
message Base {
  extensions 100 to 200;
}
extend Base {
  optional string note = 100;
}
` } },
        after: { files: { "a.proto": `syntax = "proto2";
package shop.v1;
message Base {
  extensions 100 to 200;
}
`, "b.proto": `syntax = "proto2";
package shop.v1;
import "a.proto";
extend Base {
  optional string note = 100;
}
` } },
      }
    ],
  },
  target: "files",
  check({ previous, current }, ctx) {
    reportPackageDeletions(previous, current, ctx, "Extension", extensionsByNestedName, (_, same, name) => (same ? deletedElementTarget(same, name) : undefined));
  },
});
