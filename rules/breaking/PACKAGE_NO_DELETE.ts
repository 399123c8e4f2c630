/** Packages are not deleted. */
import { filesByPackage } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "PACKAGE_NO_DELETE",
  categories: { v1beta1: ["PACKAGE"], v1: ["PACKAGE"], v2: ["PACKAGE"] },
  summary: "Packages are not deleted.",
  docs: "Deleting every file of a package deletes everything generated for it. Under `PACKAGE` types may move between files of a package, but the package itself has to stay.\n\nRestore at least the package's files that other code uses. The finding has no location on the current side (buf prints `<input>`); it names the package.",
  examples: {
    bad: [
      {
        before: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
`, "b.proto": `syntax = "proto3";
package billing.v1;
` } },
        after: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
`, "<input>": `^ PACKAGE_NO_DELETE
` } },
      }
    ],
    good: [
      {
        before: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
`, "b.proto": `syntax = "proto3";
package shop.v1;
` } },
        after: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
` } },
      }
    ],
  },
  target: "files",
  check({ previous, current }, ctx) {
    const now = filesByPackage(current);
    for (const [pkg, files] of filesByPackage(previous)) {
      if (now.has(pkg)) continue;
      const first = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
      ctx.report(
        undefined,
        `Package "${pkg}" was deleted: no file declares it any more (it was in ${files.map((f) => `"${f.name}"`).join(", ")}). Restore a file with \`package ${pkg || "<none>"};\` holding its types.`,
        first ? { againstFile: first } : {},
      );
    }
  },
});
