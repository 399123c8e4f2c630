/** Every file declares a package. */
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "PACKAGE_DEFINED",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Every file declares a package.",
  docs:
    "Without a `package` statement every type of the file lives in the global namespace, where it can clash " +
    "with any other package-less type of any other schema, and code generators have no package to put it in.\n\n" +
    "Add a `package` statement that matches the file's directory (`acme/billing/v1/invoice.proto` → " +
    "`package acme.billing.v1;`). The finding has no position (there is no statement to point at), so a " +
    "`buf:lint:ignore` comment cannot silence it; use the configuration's `ignore_only` instead.",
  examples: {
    bad: [
      `^ PACKAGE_DEFINED
syntax = "proto3";
message Invoice {}
`,
    ],
    good: [
      {
        files: {
          "acme/billing/v1/invoice.proto": `syntax = "proto3";
package acme.billing.v1;
message Invoice {}
`,
        },
      },
    ],
  },
  target: "file",
  check(file, ctx) {
    if (file.package !== "") return;
    const dir = file.name.includes("/") ? file.name.slice(0, file.name.lastIndexOf("/")) : "";
    const suggestion = dir === "" ? "e.g. `package acme.v1;`" : `matching its directory: package ${dir.replaceAll("/", ".")};`;
    ctx.report(file, `file declares no package: add a package statement ${suggestion}`);
  },
});
