/** A file's directory spells its package. */
import { FILE_PACKAGE } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "PACKAGE_DIRECTORY_MATCH",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "A file's directory, relative to the module root, is its package with `.` replaced by `/`.",
  docs:
    "When directories spell packages (`acme/billing/v1/invoice.proto` holds `package acme.billing.v1;`), import " +
    "paths tell where a type lives, files of one package stay together, and generated code lands where " +
    "tools expect it.\n\n" +
    "Move the file to the directory its package spells (case-sensitive, relative to the module root), or " +
    "change the package to match the directory. A file with a package at the module root is always " +
    "reported; files without a package are left to PACKAGE_DEFINED.",
  examples: {
    bad: [
      {
        files: {
          "billing/invoice.proto": `syntax = "proto3";
package acme.billing.v1;
^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_DIRECTORY_MATCH
`,
        },
      },
    ],
    good: [{ files: { "acme/billing/v1/invoice.proto": `syntax = "proto3";\npackage acme.billing.v1;\n` } }],
  },
  target: "file",
  only: (file) => file.package !== "",
  check(file, ctx) {
    const expected = file.package.replaceAll(".", "/");
    const slash = file.name.lastIndexOf("/");
    const dir = slash >= 0 ? file.name.slice(0, slash) : ".";
    if (dir === expected) return;
    const actual = dir === "." ? "the module root" : `"${dir}"`;
    ctx.report(
      { element: file, at: [FILE_PACKAGE] },
      `a file of package "${file.package}" should be in directory "${expected}", not ${actual}: move it there, or change the package to match its directory`,
    );
  },
});
