/** Files of one package must agree on `option php_namespace` (see src/engine/package-same.ts). */
import { packageSameRule } from "../../src/engine/package-same.js";

export default packageSameRule({
  id: "PACKAGE_SAME_PHP_NAMESPACE",
  option: "php_namespace",
  why: "PHP puts the types of a proto package into one namespace; two values split it.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option php_namespace = "AcmeV1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_PHP_NAMESPACE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option php_namespace = "AcmeShopV1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_PHP_NAMESPACE
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
option php_namespace = "AcmeV1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option php_namespace = "AcmeV1";
message B {}
`,
        },
      },
    ],
  },
});
