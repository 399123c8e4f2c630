/** Files of one package must agree on `option csharp_namespace` (see src/engine/package-same.ts). */
import { packageSameRule } from "../../src/engine/package-same.js";

export default packageSameRule({
  id: "PACKAGE_SAME_CSHARP_NAMESPACE",
  option: "csharp_namespace",
  why: "C# puts the types of a proto package into one namespace; two namespaces split the package's generated API in two.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option csharp_namespace = "Acme.V1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_CSHARP_NAMESPACE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option csharp_namespace = "Acme.Shop.V1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_CSHARP_NAMESPACE
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
option csharp_namespace = "Acme.V1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option csharp_namespace = "Acme.V1";
message B {}
`,
        },
      },
    ],
  },
});
