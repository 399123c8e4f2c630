/** File names are lower_snake_case. */
import { lintRule } from "../../src/engine/rule.js";
import { toLowerSnakeCase } from "../../src/engine/naming.js";

export default lintRule({
  id: "FILE_LOWER_SNAKE_CASE",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "File names are lower_snake_case.",
  docs:
    "File names become import paths and, in many languages, generated file and module names; mixed case " +
    "breaks on case-insensitive file systems and `-` or `.` in a name is not a valid identifier in most target " +
    "languages.\n\n" +
    "Rename the file to the lower_snake_case form of its name (`BillingAccount.proto` → `billing_account.proto`) " +
    "and update its imports. Digits do not start a new word (`v2_types.proto` and `types2.proto` are fine). The " +
    "finding has no position, so a `buf:lint:ignore` comment cannot silence it.",
  examples: {
    bad: [{ files: { "acme/v1/BillingAccount.proto": `^ FILE_LOWER_SNAKE_CASE\nsyntax = "proto3";\npackage acme.v1;\n` } }],
    good: [{ files: { "acme/v1/billing_account.proto": `syntax = "proto3";\npackage acme.v1;\n` } }],
  },
  target: "file",
  check(file, ctx) {
    const base = file.name.slice(file.name.lastIndexOf("/") + 1);
    const dot = base.lastIndexOf(".");
    const ext = dot >= 0 ? base.slice(dot) : "";
    const stem = base.slice(0, base.length - ext.length);
    const expected = toLowerSnakeCase(stem);
    if (stem === expected) return;
    ctx.report(
      file,
      `file name "${base}" should be lower_snake_case: rename it to ${expected}${ext}`,
    );
  },
});
