/** All files of one package live in one directory. */
import { FILE_PACKAGE, type ProtoFile } from "../../src/engine/model.js";
import { byPackage } from "../../src/engine/package-same.js";
import { lintRule } from "../../src/engine/rule.js";

/** The module-relative directory of a file, "." at the root (as buf names it). */
const dirOf = (f: ProtoFile): string => (f.name.includes("/") ? f.name.slice(0, f.name.lastIndexOf("/")) : ".");

export default lintRule({
  id: "PACKAGE_SAME_DIRECTORY",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "All files of one package live in a single directory.",
  docs:
    "Code generators map a package to one output directory or module; a package spread over several " +
    "directories generates into several places that each hold only part of it.\n\n" +
    "Move every file of the package into one directory, the one its name spells (`acme/billing/v1/` for " +
    "`acme.billing.v1`). Files without a package are grouped together here too, so package-less files in " +
    "different directories are reported: give them packages. Every file of the package is reported, at its " +
    "package statement (or at the top of the file when it has none).",
  examples: {
    bad: [
      {
        files: {
          "acme/billing/v1/invoice.proto": `syntax = "proto3";
package acme.billing.v1;
^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_DIRECTORY
`,
          "acme/billing/v1/extra/refund.proto": `syntax = "proto3";
package acme.billing.v1;
^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_DIRECTORY
`,
        },
      },
    ],
    good: [
      {
        files: {
          "acme/billing/v1/invoice.proto": `syntax = "proto3";\npackage acme.billing.v1;\n`,
          "acme/billing/v1/refund.proto": `syntax = "proto3";\npackage acme.billing.v1;\n`,
        },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    for (const [pkg, group] of byPackage(files)) {
      const dirs = new Set(group.map(dirOf));
      if (dirs.size < 2) continue;
      const list = [...dirs].sort().map((d) => `"${d}"`).join(", ");
      const message =
        pkg === ""
          ? `files without a package are spread over directories ${list}: give each file the package its directory spells`
          : `package "${pkg}" is spread over directories ${list}: keep all its files in one directory ("${pkg.replaceAll(".", "/")}")`;
      for (const f of group) ctx.report({ element: f, at: [FILE_PACKAGE], fallback: "none" }, message);
    }
  },
});
