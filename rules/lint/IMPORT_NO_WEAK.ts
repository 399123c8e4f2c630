/** Deprecated by buf: accepted in configuration, checks nothing. */
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "IMPORT_NO_WEAK",
  categories: { v1beta1: [], v1: [], v2: [] },
  deprecated: true,
  summary: "Deprecated: does nothing (kept so that configurations naming it stay valid).",
  docs:
    "buf deprecated this rule without a replacement and its check no longer reports anything; protoguard " +
    "accepts the ID in `use`/`except` for compatibility and likewise reports nothing. Weak imports are " +
    "still checked by IMPORT_USED like any other import.",
  examples: {
    bad: [],
    good: [
      {
        files: {
          "acme/v1/money.proto": `syntax = "proto2";\npackage acme.v1;\nmessage Money {}\n`,
          "acme/v1/invoice.proto": `syntax = "proto2";
package acme.v1;
import weak "acme/v1/money.proto";
message Invoice { optional Money total = 1; }
`,
        },
      },
    ],
  },
  target: "import",
  check() {
    // Deliberately empty, as buf's handler is.
  },
});
