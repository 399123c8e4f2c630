/** Stable packages do not import alpha, beta or test packages. */
import type { ProtoFile } from "../../src/engine/model.js";
import { isUnstable, parsePackageVersion } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "STABLE_PACKAGE_NO_IMPORT_UNSTABLE",
  categories: { v2: [] },
  summary: "Files of a stable package (`v1`) do not import files of unstable packages (`v1beta1`, `v1alpha`, `v1test`).",
  docs:
    "A stable package promises not to break its clients; depending on an alpha, beta or test package, which " +
    "may change at any time, breaks that promise through the back door.\n\n" +
    "Promote the imported types to a stable package, or move them into this one. Only imports of files that " +
    "are linted together with this one are checked (not dependencies from other modules), and packages " +
    "without a valid version are ignored on either side. Off by default (v2 configurations only).",
  examples: {
    bad: [
      {
        files: {
          "acme/v1beta1/draft.proto": `syntax = "proto3";\npackage acme.v1beta1;\nmessage Draft {}\n`,
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
import "acme/v1beta1/draft.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ STABLE_PACKAGE_NO_IMPORT_UNSTABLE
message Invoice { acme.v1beta1.Draft draft = 1; }
`,
        },
      },
    ],
    good: [
      {
        files: {
          "acme/v1beta1/draft.proto": `syntax = "proto3";
package acme.v1beta1;
import "acme/v1/invoice.proto";
message Draft { acme.v1.Invoice invoice = 1; }
`,
          "acme/v1/invoice.proto": `syntax = "proto3";\npackage acme.v1;\nmessage Invoice {}\n`,
        },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const targets = new Set<ProtoFile>(files);
    for (const file of files) {
      const version = parsePackageVersion(file.package);
      if (!version || isUnstable(version)) continue;
      for (const imp of file.imports) {
        const dep = imp.target;
        if (!dep || !targets.has(dep)) continue;
        const depVersion = parsePackageVersion(dep.package);
        if (!depVersion || !isUnstable(depVersion)) continue;
        ctx.report(
          imp,
          `stable package "${file.package}" should not import "${imp.name}" of ${depVersion.stability} package "${dep.package}": ` +
            `move the types it needs into a stable package`,
        );
      }
    }
  },
});
