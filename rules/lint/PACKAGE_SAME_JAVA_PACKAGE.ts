/** Files of one package must agree on `option java_package` (see src/engine/package-same.ts). */
import { packageSameRule } from "../../src/engine/package-same.js";

export default packageSameRule({
  id: "PACKAGE_SAME_JAVA_PACKAGE",
  option: "java_package",
  why: "Java generates the types of a proto package into one Java package; two values split it.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option java_package = "com.acme.v1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_JAVA_PACKAGE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option java_package = "com.acme.shop.v1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_JAVA_PACKAGE
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
option java_package = "com.acme.v1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option java_package = "com.acme.v1";
message B {}
`,
        },
      },
    ],
  },
});
