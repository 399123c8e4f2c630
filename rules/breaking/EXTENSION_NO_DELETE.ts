/** Extensions are not deleted from a file. */
import { deletedElementTarget, extensionsByNestedName, keepsDeclarations } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "EXTENSION_NO_DELETE",
  categories: { v2: ["FILE"] },
  summary: "Extensions are not deleted from a file.",
  docs: "Deleting an extension deletes its generated accessor: code reading or setting it stops compiling, and options written with it no longer resolve.\n\nRestore the extension (mark it `[deprecated = true]`). A deleted extension declared inside a message is reported on that message; a top-level one on the file at 1:1.",
  examples: {
    bad: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Base {
  extensions 100 to 200;
}
extend Base {
  optional string note = 100;
}
message Scope {
  extend Base {
    optional int32 rank = 101;
  }
}
`,
        after: `^ EXTENSION_NO_DELETE
syntax = "proto2";
package shop.v1;
message Base {
  extensions 100 to 200;
}
message Scope {
^ EXTENSION_NO_DELETE
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Base {
  extensions 100 to 200;
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Base {
  extensions 100 to 200;
}
extend Base {
  optional string note = 100;
}
`,
      }
    ],
  },
  target: "file",
  check({ previous, current }, ctx) {
    if (keepsDeclarations(previous, current)) return;
    const now = extensionsByNestedName(current);
    for (const [name, ext] of extensionsByNestedName(previous)) {
      if (now.has(name)) continue;
      ctx.report(
        deletedElementTarget(current, name),
        `Extension "${name}" (number ${ext.number} of "${ext.extendee ?? ""}") was deleted from this file; its generated accessor disappears. Restore it (mark it deprecated instead of deleting it).`,
      );
    }
  },
});
