/** All files of one directory declare the same package. */
import { FILE_PACKAGE, type ProtoFile } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";

/** The module-relative directory of a file, "." at the root (as buf names it). */
const dirOf = (f: ProtoFile): string => (f.name.includes("/") ? f.name.slice(0, f.name.lastIndexOf("/")) : ".");

export default lintRule({
  id: "DIRECTORY_SAME_PACKAGE",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "All files directly in one directory declare the same package.",
  docs:
    "Most code generators turn a directory of .proto files into one output package; files of different " +
    "packages in one directory generate into a package that does not exist, or into clashing outputs.\n\n" +
    "Give every file of the directory the same package, or move the files of other packages into their own " +
    "directories (`acme/billing/v1/` for `acme.billing.v1`). A file without a package counts as a package of " +
    "its own. Every file of the directory is reported, at its package statement (or at the top of the file " +
    "when it has none).",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
^^^^^^^^^^^^^^^^ DIRECTORY_SAME_PACKAGE
`,
          "acme/v1/payment.proto": `syntax = "proto3";
package acme.payments.v1;
^^^^^^^^^^^^^^^^^^^^^^^^^ DIRECTORY_SAME_PACKAGE
`,
        },
      },
    ],
    good: [
      {
        files: {
          "acme/v1/invoice.proto": `syntax = "proto3";\npackage acme.v1;\n`,
          "acme/payments/v1/payment.proto": `syntax = "proto3";\npackage acme.payments.v1;\n`,
        },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const dirs = new Map<string, ProtoFile[]>();
    for (const f of files) {
      const d = dirOf(f);
      const group = dirs.get(d);
      if (group) group.push(f);
      else dirs.set(d, [f]);
    }
    for (const [dir, group] of dirs) {
      const packages = new Set(group.map((f) => f.package));
      if (packages.size < 2) continue;
      const named = [...packages].filter((p) => p !== "").sort().map((p) => `"${p}"`);
      const all = packages.has("") ? `${named.join(", ")} and files without a package` : named.join(", ");
      const where = dir === "." ? "the module root" : `directory "${dir}"`;
      for (const f of group) {
        const own = f.package === "" ? "this file has no package" : `this file declares "${f.package}"`;
        ctx.report(
          { element: f, at: [FILE_PACKAGE], fallback: "none" },
          `${where} mixes packages ${all}; ${own}: give every file of a directory the same package, or move it to the directory of its package`,
        );
      }
    }
  },
});
