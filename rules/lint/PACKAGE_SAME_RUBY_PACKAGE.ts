/** Files of one package must agree on `option ruby_package` (see src/engine/package-same.ts). */
import { packageSameRule } from "../../src/engine/package-same.js";

export default packageSameRule({
  id: "PACKAGE_SAME_RUBY_PACKAGE",
  option: "ruby_package",
  why: "Ruby puts the types of a proto package into one module; two values split it.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option ruby_package = "Acme::V1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_RUBY_PACKAGE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option ruby_package = "Acme::Shop::V1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_RUBY_PACKAGE
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
option ruby_package = "Acme::V1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option ruby_package = "Acme::V1";
message B {}
`,
        },
      },
    ],
  },
});
