/** Package names end in a version component. */
import { FILE_PACKAGE } from "../../src/engine/model.js";
import { parsePackageVersion } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

/** `acme.billing` → `acme.billing.v1`; a malformed version is replaced: `acme.v1rc1` → `acme.v1`. */
function suggest(pkg: string): string {
  const dot = pkg.lastIndexOf(".");
  const last = pkg.slice(dot + 1);
  const malformed = /^v(\d+)/.exec(last);
  if (dot < 0 || !malformed) return `${pkg}.v1`;
  const major = Number(malformed[1]) >= 1 ? String(Number(malformed[1])) : "1";
  return `${pkg.slice(0, dot)}.v${major}`;
}

export default lintRule({
  id: "PACKAGE_VERSION_SUFFIX",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "Package names end in a version (`v1`, `v1beta1`, `v2alpha`, `v1test`).",
  docs:
    "A version in the package name lets a new, incompatible version of an API live beside the old one " +
    "(`acme.billing.v2` next to `acme.billing.v1`) instead of breaking every client at once.\n\n" +
    "End the package with a version component: `vN` for stable, `vNalphaM`/`vNbetaM` (the number is optional, " +
    "`vNpPalphaM`/`vNpPbetaM` with a patch), or `vNtest…`, where every number is at least 1. A single-component " +
    "package (`v1`) has no version. Files without a package are left to PACKAGE_DEFINED.",
  examples: {
    bad: [
      {
        files: {
          "acme/billing/a.proto": `syntax = "proto3";
package acme.billing;
^^^^^^^^^^^^^^^^^^^^^ PACKAGE_VERSION_SUFFIX
`,
        },
      },
      {
        files: {
          "acme/billing/v1rc1/a.proto": `syntax = "proto3";
package acme.billing.v1rc1;
^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_VERSION_SUFFIX
`,
        },
      },
    ],
    good: [
      { files: { "acme/billing/v1/a.proto": `syntax = "proto3";\npackage acme.billing.v1;\n` } },
      { files: { "acme/billing/v2beta1/a.proto": `syntax = "proto3";\npackage acme.billing.v2beta1;\n` } },
    ],
  },
  target: "file",
  only: (file) => file.package !== "",
  check(file, ctx) {
    if (parsePackageVersion(file.package)) return;
    ctx.report(
      { element: file, at: [FILE_PACKAGE] },
      `package "${file.package}" should end in a version component (v1, v1beta1, v1alpha1, v1test): ${suggest(file.package)}`,
    );
  },
});
