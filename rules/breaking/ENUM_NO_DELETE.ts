/** Enums are not deleted from a file. */
import { deletedElementTarget, enumsByNestedName, keepsDeclarations } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "ENUM_NO_DELETE",
  categories: { v1beta1: ["FILE"], v1: ["FILE"], v2: ["FILE", "CSR"] },
  summary: "Enums are not deleted from a file.",
  docs: "Deleting an enum deletes its generated type: code that uses it stops compiling, and moving it to another file counts as deleting it under `FILE` (use `PACKAGE` to allow moves within a package).\n\nRestore the enum; mark it `option deprecated = true;` if it should no longer be used. A deleted nested enum is reported on its enclosing message; a deleted top-level enum on the file at 1:1, as buf reports it.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  enum Status {
    STATUS_UNSPECIFIED = 0;
  }
}
enum Color {
  COLOR_UNSPECIFIED = 0;
}
`,
        after: `^ ENUM_NO_DELETE
syntax = "proto3";
package shop.v1;
message Order {
^ ENUM_NO_DELETE
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
enum Color {
  COLOR_UNSPECIFIED = 0;
}
`,
        after: `syntax = "proto3";
package shop.v1;
enum Color {
  COLOR_UNSPECIFIED = 0;
}
enum Size {
  SIZE_UNSPECIFIED = 0;
}
`,
      }
    ],
  },
  target: "file",
  check({ previous, current }, ctx) {
    if (keepsDeclarations(previous, current)) return;
    const now = enumsByNestedName(current);
    for (const name of enumsByNestedName(previous).keys()) {
      if (now.has(name)) continue;
      ctx.report(
        deletedElementTarget(current, name),
        `Enum "${name}" was deleted from this file; its generated type disappears and code using it stops compiling. Restore it (mark it deprecated instead of deleting it).`,
      );
    }
  },
});
