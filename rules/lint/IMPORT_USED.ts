/** Every import is used. */
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "IMPORT_USED",
  categories: {
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Every import is used.",
  docs:
    "An unused import makes every consumer of the file load (and, in some languages, link) a file it does not " +
    "need, and keeps a dependency alive that nobody remembers the reason for.\n\n" +
    "Remove the import. An import counts as used when the file refers to any type, extension or custom option " +
    "it defines (directly or through that file's public imports); `import public` re-exports are never reported " +
    "here (see IMPORT_NO_PUBLIC). Weak imports are checked like any other. Not available in v1beta1 " +
    "configurations.",
  examples: {
    bad: [
      `syntax = "proto3";
package acme.v1;
import "google/protobuf/timestamp.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IMPORT_USED
message Invoice { string id = 1; }
`,
    ],
    good: [
      `syntax = "proto3";
package acme.v1;
import "google/protobuf/timestamp.proto";
message Invoice { google.protobuf.Timestamp created = 1; }
`,
    ],
  },
  target: "import",
  only: (imp) => imp.isUnused,
  check(imp, ctx) {
    ctx.report(imp, `import "${imp.name}" is not used by anything in this file: remove it`, { fix: { text: "" } });
  },
});
