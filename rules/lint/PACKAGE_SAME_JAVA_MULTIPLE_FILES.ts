/** Files of one package must agree on `option java_multiple_files` (see src/engine/package-same.ts). */
import { packageSameRule } from "../../src/engine/package-same.js";

export default packageSameRule({
  id: "PACKAGE_SAME_JAVA_MULTIPLE_FILES",
  option: "java_multiple_files",
  why: "It decides whether Java classes are nested in an outer class or emitted one per file; mixing both makes the generated API of one package inconsistent.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option java_multiple_files = true;
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_JAVA_MULTIPLE_FILES
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option java_multiple_files = false;
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_JAVA_MULTIPLE_FILES
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
option java_multiple_files = true;
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option java_multiple_files = true;
message B {}
`,
        },
      },
    ],
  },
});
