/** Files of one package must agree on `option go_package` (see src/engine/package-same.ts). */
import { packageSameRule } from "../../src/engine/package-same.js";

export default packageSameRule({
  id: "PACKAGE_SAME_GO_PACKAGE",
  option: "go_package",
  why: "Go generates one Go package per proto package; files that name different import paths produce code that cannot refer to each other's types.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option go_package = "example.com/acme/v1;acmev1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_GO_PACKAGE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option go_package = "example.com/acme/shop/v1;shopv1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_GO_PACKAGE
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
option go_package = "example.com/acme/v1;acmev1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option go_package = "example.com/acme/v1;acmev1";
message B {}
`,
        },
      },
    ],
  },
});
