/** Enums are not deleted from a package. */
import { reportPackageDeletions } from "../../src/breaking/deletions.js";
import { deletedElementTarget, enumsByNestedName } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "PACKAGE_ENUM_NO_DELETE",
  categories: { v1beta1: ["PACKAGE"], v1: ["PACKAGE"], v2: ["PACKAGE"] },
  summary: "Enums are not deleted from a package.",
  docs: "Under `PACKAGE`, a enum may move to another file of its package, but deleting it removes its generated code for everyone using the package.\n\nRestore the enum somewhere in the package (mark it deprecated instead). A deleted nested enum is reported on its enclosing message when that still exists in the old file; otherwise on the old file at 1:1, or without a file when that file is gone. As in buf, a package that no longer has any enum is not checked. Only packages that still exist are checked; a deleted package is `PACKAGE_NO_DELETE`.",
  examples: {
    bad: [
      {
        before: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
enum Color {
  COLOR_UNSPECIFIED = 0;
}
enum Size {
  SIZE_UNSPECIFIED = 0;
}
` } },
        after: { files: { "a.proto": `^ PACKAGE_ENUM_NO_DELETE
syntax = "proto3";
package shop.v1;
enum Size {
  SIZE_UNSPECIFIED = 0;
}
` } },
      }
    ],
    good: [
      {
        before: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
enum Color {
  COLOR_UNSPECIFIED = 0;
}
` } },
        after: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
`, "b.proto": `syntax = "proto3";
package shop.v1;
enum Color {
  COLOR_UNSPECIFIED = 0;
}
` } },
      }
    ],
  },
  target: "files",
  check({ previous, current }, ctx) {
    reportPackageDeletions(previous, current, ctx, "Enum", enumsByNestedName, (_, same, name) => (same ? deletedElementTarget(same, name) : undefined));
  },
});
