/** Package components are lower_snake_case. */
import { FILE_PACKAGE } from "../../src/engine/model.js";
import { toLowerSnakeCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "PACKAGE_LOWER_SNAKE_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Every component of a package name is lower_snake_case.",
  docs:
    "Package names become namespaces, module paths and directory names in generated code; lower_snake_case " +
    "components work in every target language and match the directory layout buf expects.\n\n" +
    "Write each dot-separated component in lower_snake_case (`Acme.BillingV1` → `acme.billing_v1`) and move the " +
    "files to the matching directory.",
  examples: {
    bad: [
      {
        files: {
          "Acme/Billing/v1/a.proto": `syntax = "proto3";
package Acme.Billing.v1;
^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_LOWER_SNAKE_CASE
`,
        },
      },
    ],
    good: [{ files: { "acme/billing/v1/a.proto": `syntax = "proto3";\npackage acme.billing.v1;\n` } }],
  },
  target: "file",
  only: (file) => file.package !== "",
  check(file, ctx) {
    const expected = file.package.split(".").map(toLowerSnakeCase).join(".");
    if (expected === file.package) return;
    ctx.report(
      { element: file, at: [FILE_PACKAGE] },
      `package "${file.package}" should be lower_snake_case in every component: ${expected}`,
      { fix: { text: `package ${expected};` } },
    );
  },
});
