/** A new major version does not import an older major version of the same API. */
import { lintRule } from "../../src/engine/rule.js";
import { importedThrough, isExempt, versionedPackage } from "../../src/engine/versioning.js";

export default lintRule({
  id: "VERSION_NO_IMPORT_PREVIOUS_MAJOR",
  categories: { v1beta1: ["VERSIONING"], v1: ["VERSIONING"], v2: ["VERSIONING"] },
  protoguard: true,
  onByDefault: true,
  summary: "A package `acme.user.v2` imports no file of an earlier major version of itself (`acme.user.v1`, `acme.user.v1beta1`).",
  docs:
    "A new major version exists so that the old one can be retired. A v2 that uses v1's types drags v1 along " +
    "forever: v1 can never be deleted, and every change to v1 changes v2's wire format behind its back.\n\n" +
    "Copy the types v2 needs into v2 (they are v2's own now, free to evolve) and remove the import. Versions " +
    "are siblings when everything before the version component is equal (`acme.user.v2` and `acme.user.v1`); " +
    "any earlier major counts, stable or not, wherever the imported file lives, including files re-exported " +
    "with `import public`. Reported at the import statement. `exempt_packages` (default `google.*`) exempts " +
    "the importing file.",
  examples: {
    bad: [
      {
        files: {
          "acme/user/v2/user.proto": `syntax = "proto3";
package acme.user.v2;
import "acme/user/v1/address.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ VERSION_NO_IMPORT_PREVIOUS_MAJOR
message User { acme.user.v1.Address address = 1; }
`,
          "acme/user/v1/address.proto": `syntax = "proto3";
package acme.user.v1;
message Address {}
`,
        },
      },
    ],
    good: [
      {
        files: {
          "acme/user/v2/user.proto": `syntax = "proto3";
package acme.user.v2;
import "acme/user/v2/address.proto";
message User { Address address = 1; }
`,
          "acme/user/v2/address.proto": `syntax = "proto3";
package acme.user.v2;
message Address {}
`,
        },
      },
    ],
  },
  target: "import",
  only: (imp, ctx) => versionedPackage(imp.file.package) !== undefined && !isExempt(imp.file, ctx.options.extra),
  check(imp, ctx) {
    const own = versionedPackage(imp.file.package)!;
    for (const dep of importedThrough(imp.target)) {
      const other = versionedPackage(dep.package);
      if (!other || other.base !== own.base || other.version.major >= own.version.major) continue;
      const via = dep === imp.target ? "" : ` (re-exported by "${imp.name}" with import public)`;
      ctx.report(
        imp,
        `package "${imp.file.package}" should not import "${dep.name}" of its earlier version "${dep.package}"${via}: ` +
          `copy the types it needs into ${imp.file.package} and remove this import`,
      );
      return;
    }
  },
});
