/** Imports are not public. */
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "IMPORT_NO_PUBLIC",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "No `import public`.",
  docs:
    "`import public` re-exports another file's definitions to everyone who imports this file. Several code " +
    "generators do not support it (or support it differently), and it hides where a type really comes from.\n\n" +
    "Write a plain `import`, and import the file directly wherever its types are used.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/money.proto": `syntax = "proto3";\npackage acme.v1;\nmessage Money {}\n`,
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
import public "acme/v1/money.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IMPORT_NO_PUBLIC
message Invoice { Money total = 1; }
`,
        },
      },
    ],
    good: [
      {
        files: {
          "acme/v1/money.proto": `syntax = "proto3";\npackage acme.v1;\nmessage Money {}\n`,
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
import "acme/v1/money.proto";
message Invoice { Money total = 1; }
`,
        },
      },
    ],
  },
  target: "import",
  only: (imp) => imp.isPublic,
  check(imp, ctx) {
    ctx.report(imp, `import "${imp.name}" should not be public: write import "${imp.name}"; and import it directly where its types are used`, {
      fix: { text: `import "${imp.name}";` },
    });
  },
});
