/** Every package ends in a valid, canonically written version; the finding names the nearest valid package. */
import { FILE_PACKAGE } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";
import { isExempt, nearestVersionedPackage } from "../../src/engine/versioning.js";

export default lintRule({
  id: "VERSION_PACKAGE_SUFFIX",
  categories: { v1beta1: ["VERSIONING"], v1: ["VERSIONING"], v2: ["VERSIONING"] },
  protoguard: true,
  onByDefault: true,
  overlaps: ["PACKAGE_VERSION_SUFFIX"],
  summary: "Packages end in a canonically written version (`v1`, `v1beta1`, `v2alpha1`, `v1test`); the finding names the nearest valid package.",
  docs:
    "Versioned packages let `acme.user.v2` live beside `acme.user.v1` instead of breaking every client of v1. " +
    "The grammar is buf's (`vN`, `vNalphaM`, `vNbetaM`, `vNpPalphaM`, `vNpPbetaM`, `vNtest…`, numbers ≥ 1), with one " +
    "addition: numbers are written without leading zeros, because buf accepts `v01` and `v1` as two different " +
    "packages of the same version.\n\n" +
    "The message names the nearest valid package: a missing version becomes `.v1`, a misspelt one is repaired " +
    "(`V1` → `v1`, `v0` → `v1`, `v01` → `v1`, `v1_beta1` → `v1beta1`, `v1rc1` → `v1beta1`, `v1alpha0` → `v1alpha1`, " +
    "`version2` → `v2`), and a version that is not last moves to the end (`acme.v1.user` → `acme.user.v1`). " +
    "Renaming a package moves its files (PACKAGE_DIRECTORY_MATCH) and changes every reference to its types, so " +
    "no automatic fix is offered.\n\n" +
    "With buf's default rules on, PACKAGE_VERSION_SUFFIX reports a missing version too; this rule also catches " +
    "non-canonical versions and is part of the VERSIONING category, so `use: [VERSIONING]` alone covers versions. " +
    "Packages matching `exempt_packages` (protoguard.yaml, default `google.*`) and files without a package are skipped.",
  examples: {
    bad: [
      {
        files: {
          "acme/user/user.proto": `syntax = "proto3";
package acme.user;
^^^^^^^^^^^^^^^^^^ VERSION_PACKAGE_SUFFIX
`,
        },
      },
      {
        files: {
          "acme/user/v01/user.proto": `syntax = "proto3";
package acme.user.v01;
^^^^^^^^^^^^^^^^^^^^^^ VERSION_PACKAGE_SUFFIX
`,
        },
      },
      {
        files: {
          "acme/v1/user/user.proto": `syntax = "proto3";
package acme.v1.user;
^^^^^^^^^^^^^^^^^^^^^ VERSION_PACKAGE_SUFFIX
`,
        },
      },
    ],
    good: [
      { files: { "acme/user/v1/user.proto": `syntax = "proto3";\npackage acme.user.v1;\n` } },
      { files: { "acme/user/v1p1beta1/user.proto": `syntax = "proto3";\npackage acme.user.v1p1beta1;\n` } },
      { files: { "google/type/date.proto": `syntax = "proto3";\npackage google.type;\n` } },
    ],
  },
  target: "file",
  only: (file, ctx) => file.package !== "" && !isExempt(file, ctx.options.extra),
  check(file, ctx) {
    const nearest = nearestVersionedPackage(file.package);
    if (nearest === undefined) return;
    const what = nearest.startsWith("NAME.")
      ? `package "${file.package}" is only a version: put the API's name before it: package ${nearest};`
      : `package "${file.package}" should end in a valid version: write package ${nearest};`;
    ctx.report({ element: file, at: [FILE_PACKAGE] }, what);
  },
});
