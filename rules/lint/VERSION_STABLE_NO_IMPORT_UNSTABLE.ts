/** A stable package depends on no alpha, beta or test package, wherever the imported file lives. */
import { isUnstable, parsePackageVersion } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";
import { importedThrough, isExempt } from "../../src/engine/versioning.js";

export default lintRule({
  id: "VERSION_STABLE_NO_IMPORT_UNSTABLE",
  categories: { v1beta1: ["VERSIONING"], v1: ["VERSIONING"], v2: ["VERSIONING"] },
  protoguard: true,
  onByDefault: true,
  overlaps: ["STABLE_PACKAGE_NO_IMPORT_UNSTABLE"],
  summary: "Files of a stable package (`v1`) import no file of an alpha, beta or test package, in this module or any other.",
  docs:
    "A stable package promises its clients that it will not break; when it uses types of an alpha, beta or test " +
    "package, which may change at any time, that promise breaks through the back door.\n\n" +
    "Unlike buf's opt-in STABLE_PACKAGE_NO_IMPORT_UNSTABLE, which looks only at imports among the files being " +
    "linted, this rule follows every import wherever the imported file lives (another module, a dependency) and " +
    "also what that file re-exports with `import public`. It is reported at the import statement: remove the " +
    "import and move the types it provides into a stable package (or wait until that package is stable). " +
    "Packages without a valid version are neither stable nor unstable; `exempt_packages` (default `google.*`) " +
    "exempts the importing file.",
  examples: {
    bad: [
      {
        files: {
          "acme/user/v1/user.proto": `syntax = "proto3";
package acme.user.v1;
import "acme/profile/v1alpha1/profile.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ VERSION_STABLE_NO_IMPORT_UNSTABLE
message User { acme.profile.v1alpha1.Profile profile = 1; }
`,
          "acme/profile/v1alpha1/profile.proto": `syntax = "proto3";
package acme.profile.v1alpha1;
message Profile {}
`,
        },
      },
    ],
    good: [
      {
        files: {
          "acme/user/v1beta1/user.proto": `syntax = "proto3";
package acme.user.v1beta1;
import "acme/profile/v1/profile.proto";
message User { acme.profile.v1.Profile profile = 1; }
`,
          "acme/profile/v1/profile.proto": `syntax = "proto3";
package acme.profile.v1;
message Profile {}
`,
        },
      },
    ],
  },
  target: "import",
  only(imp, ctx) {
    const v = parsePackageVersion(imp.file.package);
    return v !== undefined && !isUnstable(v) && !isExempt(imp.file, ctx.options.extra);
  },
  check(imp, ctx) {
    for (const dep of importedThrough(imp.target)) {
      const v = parsePackageVersion(dep.package);
      if (!v || !isUnstable(v)) continue;
      const via = dep === imp.target ? "" : ` (re-exported by "${imp.name}" with import public)`;
      ctx.report(
        imp,
        `stable package "${imp.file.package}" should not depend on ${v.stability} package "${dep.package}" ("${dep.name}"${via}): ` +
          `remove this import and move the types it provides into a stable package`,
      );
      return;
    }
  },
});
