/** Files of one package must agree on `option swift_prefix` (see src/engine/package-same.ts). */
import { packageSameRule } from "../../src/engine/package-same.js";

export default packageSameRule({
  id: "PACKAGE_SAME_SWIFT_PREFIX",
  option: "swift_prefix",
  why: "Swift prefixes every generated type of the package with it; two values give one package two naming schemes.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option swift_prefix = "AV1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_SWIFT_PREFIX
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option swift_prefix = "ASV1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_SWIFT_PREFIX
message B {}
`,
        },
      },
    ],
    good: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option swift_prefix = "AV1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option swift_prefix = "AV1";
message B {}
`,
        },
      },
    ],
  },
});
